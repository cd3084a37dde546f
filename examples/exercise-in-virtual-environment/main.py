"""Check in_virtual_environment() (in check.py) with a fresh environment's Python."""

import os
import subprocess
import sys
import tempfile

check = os.path.join(os.path.dirname(os.path.abspath(__file__)), "check.py")

with tempfile.TemporaryDirectory() as tmp:
    env = os.path.join(tmp, "env")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", env], check=True)
    python = os.path.join(env, "Scripts" if os.name == "nt" else "bin", "python")
    for flags, label in [([], "env/bin/python check.py"), (["-S"], "env/bin/python -S check.py")]:
        done = subprocess.run([python, *flags, check], env={}, capture_output=True, text=True)
        print(f"{label:28}", done.stdout + done.stderr, end="")
    os.remove(os.path.join(env, "pyvenv.cfg"))
    done = subprocess.run([python, check], env={}, capture_output=True, text=True)
    print(f"{'(pyvenv.cfg removed)':28}", done.stdout + done.stderr, end="")
