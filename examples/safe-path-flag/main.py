import os
import subprocess
import sys

# With -c, sys.path[0] is '' (the current folder); -P (Python 3.11+) leaves it out.
here = os.path.dirname(os.path.abspath(__file__))  # the folder that holds helper.py
for flags in ([], ["-P"]):
    code = "import helper"
    done = subprocess.run(
        [sys.executable, *flags, "-c", code], cwd=here, capture_output=True, text=True
    )
    errors = done.stderr.strip().splitlines()
    # A usage error says so on its first line; a failed import on its last.
    shown = done.stdout.strip() or (errors[0] if done.returncode == 2 else errors[-1])
    print(f"python {' '.join(flags + ['-c', repr(code)])}: {shown}")
