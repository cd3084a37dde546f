import a  # a is complete by now: a cache hit on a finished module

print("b runs: a.VALUE is", repr(a.VALUE))


def describe():
    return f"b.describe uses a.VALUE = {a.VALUE!r}"
