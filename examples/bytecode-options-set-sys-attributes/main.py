import os
import pathlib
import subprocess
import sys
import tempfile

SHOW = "import sys; print(sys.dont_write_bytecode, sys.pycache_prefix, sep=' | ')"
# The children start without these two variables, whatever the reader's
# environment holds; each run below sets what it needs.
BASE_ENV = {name: value for name, value in os.environ.items()
            if name not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}

RUNS = [
    ("python", [], {}),
    ("python -B", ["-B"], {}),
    ("PYTHONDONTWRITEBYTECODE=1 python", [], {"PYTHONDONTWRITEBYTECODE": "1"}),
    ("python -X pycache_prefix=<tmp>/pyc", ["-X", "pycache_prefix=<tmp>/pyc"], {}),
    ("PYTHONPYCACHEPREFIX=<tmp>/env python", [], {"PYTHONPYCACHEPREFIX": "<tmp>/env"}),
    ("PYTHONPYCACHEPREFIX=<tmp>/env python -X pycache_prefix=<tmp>/pyc",
     ["-X", "pycache_prefix=<tmp>/pyc"], {"PYTHONPYCACHEPREFIX": "<tmp>/env"}),
]

WIDTH = max(len(command) for command, _, _ in RUNS)
print(f"{'command':{WIDTH}} sys.dont_write_bytecode | sys.pycache_prefix")
with tempfile.TemporaryDirectory() as tmp:
    tmp = str(pathlib.Path(tmp).resolve())
    for command, options, env in RUNS:
        options = [option.replace("<tmp>", tmp) for option in options]
        env = {name: value.replace("<tmp>", tmp) for name, value in env.items()}
        child = subprocess.run([sys.executable, *options, "-c", SHOW], env={**BASE_ENV, **env},
                               capture_output=True, text=True, check=True)
        print(f"{command:{WIDTH}} {child.stdout.strip().replace(tmp, '<tmp>')}")
