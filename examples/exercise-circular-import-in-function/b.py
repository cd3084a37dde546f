import a


def describe():
    return f"b sees a.VALUE = {a.VALUE!r}"
