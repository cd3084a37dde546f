import sys


class _Constants:
    PI = 3.14159


sys.modules[__name__] = _Constants()  # this module puts another object in its place
