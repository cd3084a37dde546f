from common import VALUE  # from common, not from a: no cycle


def describe():
    return f"b.describe uses VALUE = {VALUE!r}"
