"""A Python is in a virtual environment when it finds pyvenv.cfg, one level up or next to it."""

import json
import os
import subprocess
import sys
import tempfile

VERSION = "python{}.{}".format(*sys.version_info[:2])
ASK = "import json, sys; print(json.dumps([sys.prefix, sys.base_prefix, sys.path[-1]]))"

with tempfile.TemporaryDirectory() as tmp:
    env = os.path.join(tmp, "env")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", env], check=True)
    bin_folder = os.path.join(env, "Scripts" if os.name == "nt" else "bin")
    python = os.path.join(bin_folder, "python")

    def shown(path):  # relative to the temporary folder, with the version written X.Y
        relative = os.path.relpath(path, tmp).replace(os.sep, "/").replace(VERSION, "pythonX.Y")
        return "(outside the temporary folder)" if relative.startswith("..") else relative

    def report(where):
        done = subprocess.run(
            [python, "-c", ASK], capture_output=True, text=True, env={}, check=True
        )
        prefix, base_prefix, last_entry = json.loads(done.stdout)
        print(f"pyvenv.cfg {where}:")
        print("   in a virtual environment:", prefix != base_prefix)
        print("   sys.prefix:", shown(prefix))
        print("   last entry of sys.path:", shown(last_entry))

    report("one level above bin/python (where venv puts it)")
    os.replace(os.path.join(env, "pyvenv.cfg"), os.path.join(bin_folder, "pyvenv.cfg"))
    report("next to bin/python")
    os.replace(os.path.join(bin_folder, "pyvenv.cfg"), os.path.join(tmp, "pyvenv.cfg.away"))
    report("gone (the same bin/python)")
