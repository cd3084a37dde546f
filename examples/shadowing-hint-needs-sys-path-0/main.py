import os
import pathlib
import subprocess
import sys
import tempfile

# One local random.py, reached three ways. Only the last line of each error is shown.
USE = "import random; random.randint"

with tempfile.TemporaryDirectory() as tmp:
    lib = pathlib.Path(tmp, "lib")
    lib.mkdir()
    (lib / "random.py").write_text("# a local random.py\n", encoding="utf-8")
    insert = f"import sys; sys.path.insert(0, {str(lib)!r}); {USE}"
    runs = [
        ("python -c ... run in lib/ (sys.path[0] is '', the current folder)", USE, lib, {}),
        ("PYTHONPATH=lib python -c ... (lib on sys.path, after '')", USE, tmp, {"PYTHONPATH": str(lib)}),
        ("python -c ... that puts lib first on sys.path at run time", insert, tmp, {}),
    ]
    for label, code, cwd, extra in runs:
        done = subprocess.run(
            [sys.executable, "-c", code],
            cwd=cwd, env={**os.environ, **extra}, capture_output=True, text=True,
        )
        last = done.stderr.strip().splitlines()[-1]
        for spelling in {str(lib), os.path.realpath(lib)}:
            last = last.replace(spelling, "lib")
        print(f"{label}:\n  {last}")
