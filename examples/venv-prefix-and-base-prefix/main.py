"""Make a virtual environment and ask its Python where it is."""

import json
import os
import subprocess
import sys
import tempfile

VERSION = "python{}.{}".format(*sys.version_info[:2])  # as in lib/python3.13/site-packages
ASK = "import json, sys; print(json.dumps([sys.executable, sys.prefix, sys.base_prefix, sys.path]))"

with tempfile.TemporaryDirectory() as tmp:
    env = os.path.join(tmp, "env")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", env], check=True)
    python = os.path.join(env, "Scripts" if os.name == "nt" else "bin", "python")
    done = subprocess.run([python, "-c", ASK], capture_output=True, text=True, env={}, check=True)
    executable, prefix, base_prefix, path = json.loads(done.stdout)

    def shown(path):  # relative to the temporary folder, with the version written X.Y
        return os.path.relpath(path, tmp).replace(os.sep, "/").replace(VERSION, "pythonX.Y")

    print("sys.executable:", shown(executable))
    print("sys.prefix:    ", shown(prefix))
    print("sys.base_prefix is outside the temporary folder:", shown(base_prefix).startswith(".."))
    print("sys.prefix != sys.base_prefix:", prefix != base_prefix)
    print(
        "standard library folders are under sys.base_prefix:",
        all(entry.startswith(base_prefix) for entry in path[1:-1]),
    )
    print("last entry of sys.path:", shown(path[-1]))

    with open(os.path.join(env, "pyvenv.cfg"), encoding="utf-8") as cfg:
        settings = dict(line.split(" = ", 1) for line in cfg.read().splitlines() if " = " in line)
    print("pyvenv.cfg keys:", ", ".join(settings))
    made_by = {os.path.dirname(sys.executable), os.path.dirname(os.path.realpath(sys.executable))}
    print("home is the folder of the Python that made it:", settings["home"] in made_by)
    print("include-system-site-packages =", settings["include-system-site-packages"])
