import sys


class _Constants:
    PI = 3.14159

    def __setattr__(self, name, value):
        raise AttributeError(f"constants are read-only: {name}")


sys.modules[__name__] = _Constants()  # the import statement binds this instead
