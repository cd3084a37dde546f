print(f"  __spec__.name={__spec__.name!r}, __package__={__package__!r}")

from .words import HELLO

print(" ", HELLO)
