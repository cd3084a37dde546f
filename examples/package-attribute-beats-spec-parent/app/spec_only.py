__package__ = None  # no __package__: the import system uses __spec__.parent
from .helpers import WHERE

print(f"app/spec_only.py, __spec__.parent={__spec__.parent!r}: .helpers is {WHERE}")
