import os  # a module this module imported: a public name like any other
from math import sqrt  # likewise

public = "no __all__: every name without a leading underscore"
_private = "skipped: leading underscore"
