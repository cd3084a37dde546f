"""site imports a module named sitecustomize, from anywhere on sys.path, before the program."""

import os
import subprocess
import sys
import tempfile

SITECUSTOMIZE = """\
import os, sys
app = os.path.join(os.path.dirname(os.path.dirname(__file__)), "app")
print("   sitecustomize runs; the script's folder is on sys.path yet:", app in sys.path)
"""
PROGRAM = """\
import os, sys
print("   app/main.py runs; 'sitecustomize' in sys.modules:", "sitecustomize" in sys.modules)
here = os.path.dirname(os.path.abspath(__file__))
print("   sys.path[0] is the script's folder:", sys.path[0] == here)
"""

with tempfile.TemporaryDirectory() as tmp:
    os.mkdir(os.path.join(tmp, "hooks"))
    os.mkdir(os.path.join(tmp, "app"))
    with open(os.path.join(tmp, "hooks", "sitecustomize.py"), "w", encoding="utf-8") as file:
        file.write(SITECUSTOMIZE)
    with open(os.path.join(tmp, "app", "main.py"), "w", encoding="utf-8") as file:
        file.write(PROGRAM)
    env = {"PYTHONPATH": os.path.join(tmp, "hooks")}  # the folder that holds sitecustomize.py
    for flags in ([], ["-S"]):
        print(" ".join(["PYTHONPATH=hooks python", *flags, "app/main.py"]))
        done = subprocess.run(
            [sys.executable, *flags, os.path.join("app", "main.py")],
            cwd=tmp,
            env=env,
            capture_output=True,
            text=True,
        )
        print(done.stdout + done.stderr, end="")
