public = "no __all__: every name without an underscore"
_private = "underscore"
