import sys


def in_virtual_environment():
    """True when this Python runs in a virtual environment."""
    # site sets sys.prefix to the environment; sys.base_prefix stays the base Python's.
    return sys.prefix != sys.base_prefix


print("in_virtual_environment():", in_virtual_environment())
