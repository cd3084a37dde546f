"""Run a folder and a zip file that hold a __main__.py, in a temporary folder."""

import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

with tempfile.TemporaryDirectory() as tmp:
    tmp = os.path.realpath(tmp)
    shutil.copytree(os.path.join(HERE, "app"), os.path.join(tmp, "app"),
                    ignore=shutil.ignore_patterns("__pycache__"))
    with zipfile.ZipFile(os.path.join(tmp, "app.zip"), "w") as bundle:
        for name in ("__main__.py", "helpers.py"):  # at the top of the zip file
            bundle.write(os.path.join(tmp, "app", name), name)

    for target in ("app", "app.zip"):
        done = subprocess.run([sys.executable, target], cwd=tmp, capture_output=True, text=True)
        print(f"$ python {target}")
        print(done.stdout + done.stderr, end="")
