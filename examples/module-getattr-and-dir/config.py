import warnings

_SETTINGS = {"colour": "blue"}


def __getattr__(name):  # called only for names the module does not define
    if name == "color":
        warnings.warn("config.color is deprecated; use config.colour", DeprecationWarning)
        return _SETTINGS["colour"]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return ["colour"]


colour = _SETTINGS["colour"]
