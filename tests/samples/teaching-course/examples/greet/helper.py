def greet(names):
    for name in names:
        print(f"hello, {name} ")
