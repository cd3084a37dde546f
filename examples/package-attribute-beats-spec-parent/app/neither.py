__package__ = None  # neither __package__ ...
__spec__ = None  # ... nor __spec__: the import system falls back on __name__
from .helpers import WHERE

print(f"app/neither.py, __name__={__name__!r}: .helpers is {WHERE}")
