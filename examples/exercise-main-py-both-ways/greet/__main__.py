import os
import sys

if not __package__:  # run as `python greet` ('') or `python greet/__main__.py` (None)
    # Put the folder that holds greet/ first on sys.path, so that greet is importable:
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from greet.words import HELLO  # absolute: works in every case

print(f"  __package__: {__package__!r}")
print(" ", HELLO)
