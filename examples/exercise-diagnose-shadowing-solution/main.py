"""Diagnose, then fix, the exercise's program (an unchanged copy is in broken/)."""

import importlib.util
import os
import subprocess
import sys

broken = os.path.join(os.path.dirname(os.path.abspath(__file__)), "broken")

# 1. Diagnose. The error is about a module named 'numbers': ask where that
#    name is found from the program's folder. find_spec finds the module
#    without running it.
where = "import importlib.util; print(importlib.util.find_spec('numbers').origin)"
found = subprocess.run(
    [sys.executable, "-c", where], cwd=broken, capture_output=True, text=True, check=True
)
print("From broken/, 'numbers' is found at:", found.stdout.strip())

# 2. Fix. Here numbers.py is renamed number_helpers.py, so the name
#    'numbers' reaches the standard library again.
print("From here, 'numbers' is found at:", importlib.util.find_spec("numbers").origin)

from fractions import Fraction

import number_helpers

share = Fraction(1, 3) + Fraction(1, 6)
print("Each person gets", share, "of the cake")
print("Is 4 even?", number_helpers.is_even(4))
