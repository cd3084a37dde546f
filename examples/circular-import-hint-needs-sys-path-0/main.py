import os
import subprocess
import sys

CYCLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cycle")


def last_line(folder, **extra_env):
    """Run `python -c "import a"` in folder; return the traceback's last line."""
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONSAFEPATH")}
    env.update(extra_env)
    child = subprocess.run(
        [sys.executable, "-c", "import a"], cwd=folder, env=env, capture_output=True, text=True
    )
    return child.stderr.splitlines()[-1]


# With -c, sys.path[0] is "" (the current folder): run it in cycle/ itself.
print("a.py in the folder of sys.path[0]:")
print(last_line(CYCLE))
# Run it in the example's folder, with cycle/ on PYTHONPATH: later on sys.path.
print("a.py found through PYTHONPATH:")
print(last_line(os.path.dirname(CYCLE), PYTHONPATH=CYCLE))
# In cycle/ again, but PYTHONSAFEPATH (like -P, 3.11+) keeps "" off sys.path.
print("a.py in the current folder, with PYTHONSAFEPATH=1 and PYTHONPATH:")
print(last_line(CYCLE, PYTHONPATH=CYCLE, PYTHONSAFEPATH="1"))
