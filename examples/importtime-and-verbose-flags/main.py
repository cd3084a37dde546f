import importlib.machinery
import os
import pathlib
import subprocess
import sys
import tempfile

# The children start without PYTHONDONTWRITEBYTECODE, so that they write .pyc files.
ENV = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def stderr_of(folder, *options):
    done = subprocess.run([sys.executable, *options], cwd=folder, env=ENV,
                          capture_output=True, text=True, check=True)
    return done.stderr.replace(str(folder), "<tmp>")


with tempfile.TemporaryDirectory() as tmp:
    folder = pathlib.Path(tmp).resolve()
    (folder / "a.py").write_text("import shared\n", encoding="utf-8")
    (folder / "b.py").write_text("import shared\n", encoding="utf-8")
    (folder / "shared.py").write_text("X = 1\n", encoding="utf-8")  # a and b import it

    for code in ("import a, b", "import importlib; importlib.import_module('a')"):
        print(f'python -X importtime -c "{code}":')
        for line in stderr_of(folder, "-X", "importtime", "-c", code).splitlines():
            name = line.rsplit("|", 1)[-1]  # drop the times, which vary from run to run
            if name.strip() in ("a", "b", "shared"):
                print("  " + name.rstrip())

    print('\npython -v -c "import shared", the lines about shared:')
    for line in stderr_of(folder, "-v", "-c", "import shared").splitlines():
        if "shared" in line and "cleanup" not in line and "destroy" not in line:
            print("  " + line.replace(sys.implementation.cache_tag, "<tag>"))

    print('\npython -vv -c "import shared" adds the names it tried:')
    for line in stderr_of(folder, "-vv", "-c", "import shared").splitlines():
        if line.startswith("# trying <tmp>/shared"):
            for index, suffix in enumerate(importlib.machinery.EXTENSION_SUFFIXES):
                line = line.replace(suffix, f"{{EXTENSION_SUFFIXES[{index}]}}")
            print("  " + line)
