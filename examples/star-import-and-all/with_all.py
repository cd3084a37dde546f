import os

__all__ = ["public", "_private"]  # exactly these names, underscore or not

public = "listed in __all__"
unlisted = "not listed: skipped"
_private = "listed, so bound despite the underscore"
