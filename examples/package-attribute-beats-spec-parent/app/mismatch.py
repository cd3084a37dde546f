__package__ = "other"  # differs from __spec__.parent, which is 'app'
from .helpers import WHERE

print(f"app/mismatch.py, __package__={__package__!r}: .helpers is {WHERE}")
