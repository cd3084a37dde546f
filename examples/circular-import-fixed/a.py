import b  # bind the module, not a name from it

VALUE = "from a"


def show():
    print("a.show sees:", b.describe())
