import sys


def use_greeting():
    import greeting  # binds the name in this function's local namespace

    print("Inside the function, locals():", sorted(locals()))
    print("Inside the function, greeting.message:", greeting.message)


use_greeting()
print("In the module, 'greeting' in globals():", "greeting" in globals())
print("But 'greeting' in sys.modules:", "greeting" in sys.modules)
