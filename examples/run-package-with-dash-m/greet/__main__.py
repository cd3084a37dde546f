import sys

from .words import HELLO  # relative: resolved against the package 'greet'

print(f"greet/__main__.py runs as {__name__!r}, in package {__package__!r}")
print("__spec__.name:", __spec__.name)
print("from .words:", HELLO)
print("sys.argv:", sys.argv)
