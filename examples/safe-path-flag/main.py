import subprocess
import sys

# -P (Python 3.11+) leaves the script's folder off sys.path.
for flags in ([], ["-P"]):
    code = "import helper"
    done = subprocess.run(
        [sys.executable, *flags, "-c", code], capture_output=True, text=True
    )
    errors = done.stderr.strip().splitlines()
    # A usage error says so on its first line; a failed import on its last.
    shown = done.stdout.strip() or (errors[0] if done.returncode == 2 else errors[-1])
    print(f"python {' '.join(flags + ['-c', repr(code)])}: {shown}")
