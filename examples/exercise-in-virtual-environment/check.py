import sys


def in_virtual_environment():
    """True when this Python runs in a virtual environment."""
    # In an environment, sys.prefix is its folder; sys.base_prefix stays the base Python's.
    return sys.prefix != sys.base_prefix


print("in_virtual_environment():", in_virtual_environment())
