"""Build an application archive with zipapp, in a temporary folder, and run it."""

import os
import shutil
import subprocess
import sys
import tempfile
import zipapp
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))

with tempfile.TemporaryDirectory() as tmp:
    tmp = os.path.realpath(tmp)
    source = os.path.join(tmp, "src")
    shutil.copytree(os.path.join(HERE, "app"), os.path.join(source, "app"),
                    ignore=shutil.ignore_patterns("__pycache__"))

    # main="app.cli:main" makes zipapp write a __main__.py that calls app.cli.main()
    zipapp.create_archive(source, os.path.join(tmp, "hello.pyz"), main="app.cli:main")

    with zipfile.ZipFile(os.path.join(tmp, "hello.pyz")) as archive:
        print("hello.pyz holds:", sorted(archive.namelist()))
        print("Its __main__.py, written by zipapp:")
        for line in archive.read("__main__.py").decode("utf-8").splitlines():
            print("  |", line)

    done = subprocess.run([sys.executable, "hello.pyz"], cwd=tmp, capture_output=True, text=True)
    print("$ python hello.pyz")
    print(done.stdout + done.stderr, end="")
