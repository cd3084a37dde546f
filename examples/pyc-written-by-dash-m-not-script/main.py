import os
import pathlib
import subprocess
import sys
import tempfile

TAG = sys.implementation.cache_tag  # such as cpython-312
# The child interpreters start without these two variables, whatever the
# reader's environment holds; each run below sets what it needs.
BASE_ENV = {name: value for name, value in os.environ.items()
            if name not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}


def pyc_files_written(options, env):
    """Run hello.py in a fresh folder, src/; list the .pyc files the run wrote."""
    with tempfile.TemporaryDirectory() as tmp:
        root = pathlib.Path(tmp).resolve()
        src = root / "src"
        src.mkdir()
        (src / "hello.py").write_text("X = 1\n", encoding="utf-8")
        env = {name: value.replace("<root>", str(root)) for name, value in env.items()}
        subprocess.run([sys.executable, *options], cwd=src, env={**BASE_ENV, **env}, check=True)
        written = [path.relative_to(root).as_posix() for path in root.rglob("*.pyc")]
    mirrored = str(src).lstrip(os.sep)  # a cache prefix repeats the source folder's path
    shown = [name.replace(mirrored, "<src>").replace(TAG, "<tag>")
             for name in written if "hello" in name]
    if len(written) > len(shown):
        shown.append("+ the .pyc of each stdlib module it imported from source")
    return shown or ["nothing"]


RUNS = [
    ("python hello.py", ["hello.py"], {}),
    ("python -m hello", ["-m", "hello"], {}),
    ("python -O -m hello", ["-O", "-m", "hello"], {}),
    ("python -OO -m hello", ["-OO", "-m", "hello"], {}),
    ("python -B -m hello", ["-B", "-m", "hello"], {}),
    ("PYTHONDONTWRITEBYTECODE=1 python -m hello", ["-m", "hello"],
     {"PYTHONDONTWRITEBYTECODE": "1"}),
    ("PYTHONPYCACHEPREFIX=<root>/prefix python -m hello", ["-m", "hello"],
     {"PYTHONPYCACHEPREFIX": "<root>/prefix"}),
]
for command, options, env in RUNS:
    first, *more = pyc_files_written(options, env)
    print(f"{command:50} -> {first}")
    for line in more:
        print(" " * 53 + line)
