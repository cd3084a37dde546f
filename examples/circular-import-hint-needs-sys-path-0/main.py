import os
import subprocess
import sys

CYCLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cycle")


def last_line(folder, pythonpath=None):
    """Run `python -c "import a"` in folder; return the traceback's last line."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    child = subprocess.run(
        [sys.executable, "-c", "import a"], cwd=folder, env=env, capture_output=True, text=True
    )
    return child.stderr.splitlines()[-1]


# With -c, sys.path[0] is "" (the current folder): run it in cycle/ itself.
print("a.py in sys.path[0]:")
print(last_line(CYCLE))
# Run it in the example's folder, with cycle/ on PYTHONPATH: later on sys.path.
print("a.py on PYTHONPATH:")
print(last_line(os.path.dirname(CYCLE), pythonpath=CYCLE))
