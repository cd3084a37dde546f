import subprocess
import sys

# The child prints which file os names, where its spec says it came from, and
# the file its running code was compiled from (a function's code object).
CHILD = """
import os
print("  os.__file__:", os.__file__)
print("  os.__spec__.origin:", os.__spec__.origin)
print("  os.getenv's code compiled from:", os.getenv.__code__.co_filename)
"""

for options in ([], ["-X", "frozen_modules=off"]):
    print("python", *options)
    # -B: the child writes no .pyc files into the standard library.
    child = subprocess.run(
        [sys.executable, "-B", *options, "-c", CHILD],
        capture_output=True,
        text=True,
        check=True,
    )
    print(child.stdout, end="")
