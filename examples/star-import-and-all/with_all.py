__all__ = ["public"]

public = "listed in __all__"
unlisted = "not listed"
_private = "underscore"
