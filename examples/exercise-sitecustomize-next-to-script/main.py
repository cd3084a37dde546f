"""Predict: does a sitecustomize.py next to the program run at start-up?"""

import os
import subprocess
import sys
import tempfile

SITECUSTOMIZE = "print('app/sitecustomize.py runs')\n"
PROGRAM = """\
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
def which():  # which sitecustomize, if any, is in sys.modules
    module = sys.modules.get("sitecustomize")
    if module is None:
        return "none"
    if os.path.dirname(os.path.abspath(module.__file__)) == here:
        return "app/sitecustomize.py"
    return "your Python's own"
print("app/main.py runs; sitecustomize imported:", which())
import sitecustomize
print("after import sitecustomize:", which())
"""

with tempfile.TemporaryDirectory() as tmp:
    os.mkdir(os.path.join(tmp, "app"))
    for name, text in [("sitecustomize.py", SITECUSTOMIZE), ("main.py", PROGRAM)]:
        with open(os.path.join(tmp, "app", name), "w", encoding="utf-8") as file:
            file.write(text)
    print("python app/main.py")
    done = subprocess.run(
        [sys.executable, os.path.join("app", "main.py")],
        cwd=tmp,
        env={},
        capture_output=True,
        text=True,
    )
    print(done.stdout + done.stderr, end="")
