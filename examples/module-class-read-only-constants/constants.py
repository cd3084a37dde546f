import sys
import types

PI = 3.14159
E = 2.71828


class _ReadOnly(types.ModuleType):
    def __setattr__(self, name, value):
        raise AttributeError(f"cannot set {name!r}: {self.__name__} is read-only")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name!r}: {self.__name__} is read-only")


def recalibrate():
    """The module's own code writes its globals directly, not via setattr."""
    global PI
    PI = 3.0


sys.modules[__name__].__class__ = _ReadOnly
