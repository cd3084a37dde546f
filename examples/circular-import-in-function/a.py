VALUE = "from a"


def use_b():
    import b  # runs when use_b is called, after a has finished

    return b.describe()
