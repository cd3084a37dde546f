import importlib

_LAZY_SUBMODULES = {"heavy"}


def __getattr__(name):  # called only for a name the module does not have (PEP 562)
    if name in _LAZY_SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | _LAZY_SUBMODULES)
