from a import VALUE  # a is half-built: VALUE does not exist yet


def helper():
    return VALUE
