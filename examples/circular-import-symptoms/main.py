import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CYCLE = os.path.join(HERE, "cycle")


def last_line(module, folder, pythonpath=None):
    """Run `python -c "import MODULE"` in FOLDER; return the error's last line."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    if pythonpath is not None:
        env["PYTHONPATH"] = pythonpath
    child = subprocess.run(
        [sys.executable, "-c", f"import {module}"],
        cwd=folder, env=env, capture_output=True, text=True,
    )
    return child.stderr.strip().splitlines()[-1]


for module in ("a", "c"):
    # With -c, sys.path[0] is "" (the current folder): run it in cycle/ itself.
    print(f"import {module}, {module}.py in sys.path[0]:")
    print("  " + last_line(module, CYCLE))
    # Run it here instead, with cycle/ on PYTHONPATH: later on sys.path.
    print(f"import {module}, {module}.py on PYTHONPATH:")
    print("  " + last_line(module, HERE, pythonpath=CYCLE))
