VALUE = "from a"


def use_b():
    import b  # imported when called, after both modules have finished

    return b.describe()
