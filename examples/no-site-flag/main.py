"""What the site module does at start-up, seen by turning it off with -S."""

import json
import os
import subprocess
import sys
import tempfile

ASK = (
    "import json, sys; "
    "print(json.dumps(['site' in sys.modules, sys.prefix != sys.base_prefix, sys.path]))"
)
# With -S, a program can still run site's start-up itself:
LATER = "import site; site.main(); " + ASK

with tempfile.TemporaryDirectory() as tmp:
    env = os.path.join(tmp, "env")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", env], check=True)
    python = os.path.join(env, "Scripts" if os.name == "nt" else "bin", "python")
    for command, flags, code in [
        ("python -c ...", [], ASK),
        ("python -S -c ...", ["-S"], ASK),
        ("python -S -c 'import site; site.main(); ...'", ["-S"], LATER),
    ]:
        done = subprocess.run(
            [python, *flags, "-c", code], capture_output=True, text=True, env={}, check=True
        )
        site_imported, in_venv, path = json.loads(done.stdout)
        print(command)
        print("   'site' in sys.modules:", site_imported)
        print("   in the virtual environment (sys.prefix != sys.base_prefix):", in_venv)
        print("   env's site-packages on sys.path:", any(entry.startswith(env) for entry in path))
