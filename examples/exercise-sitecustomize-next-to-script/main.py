"""Predict: does a sitecustomize.py next to the program run at start-up?"""

import os
import subprocess
import sys
import tempfile

SITECUSTOMIZE = "print('app/sitecustomize.py runs')\n"
PROGRAM = """\
import os, sys
here = os.path.dirname(os.path.abspath(__file__))
def from_app():
    module = sys.modules.get("sitecustomize")
    return module is not None and os.path.dirname(os.path.abspath(module.__file__)) == here
print("app/main.py runs; app/sitecustomize.py imported:", from_app())
import sitecustomize
print("after import sitecustomize; app/sitecustomize.py imported:", from_app())
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
