import os
import subprocess
import sys

# Since Python 3.11 runpy is frozen into the interpreter, and FrozenImporter
# is asked before PathFinder searches sys.path (where ./runpy.py is first).
import runpy

print("runpy comes from:", runpy.__spec__.origin)

# With frozen modules turned off, the same import searches sys.path
# (with -c, sys.path[0] is '', the current folder: run it in this folder).
code = "import runpy; print('with -X frozen_modules=off, runpy comes from:', runpy.__spec__.origin)"
done = subprocess.run(
    [sys.executable, "-X", "frozen_modules=off", "-c", code],
    cwd=os.path.dirname(os.path.abspath(__file__)), capture_output=True, text=True, check=True,
)
print(done.stdout, end="")
