import os
import pathlib
import subprocess
import sys
import tempfile

CHILD = """
import os
print("  os.__file__:", os.__file__)
print("  os.__spec__.origin:", os.__spec__.origin)
print("  os.__loader__:", getattr(os.__loader__, "__name__", type(os.__loader__).__name__))
"""

# Build a copy of the standard library in which only os.py is edited: every
# other entry is a symbolic link to the real one. Nothing of the real
# standard library is changed.
stdlib = pathlib.Path(os.__file__).parent
with tempfile.TemporaryDirectory() as home:
    lib = pathlib.Path(home, os.path.relpath(stdlib, sys.base_prefix))
    lib.mkdir(parents=True)
    for entry in stdlib.iterdir():
        if entry.name not in ("os.py", "__pycache__"):
            (lib / entry.name).symlink_to(entry)
    edited = lib / "os.py"
    edited.write_text((stdlib / "os.py").read_text() + '\nprint("  The edited os.py is running")\n')

    # -B: write no .pyc; -S: skip site; PYTHONHOME: use the copy.
    python = [os.path.realpath(sys.executable), "-B", "-S"]
    for options in ([], ["-X", "frozen_modules=off"]):
        print("python", *options, "with the edited os.py:")
        child = subprocess.run(
            python + options + ["-c", CHILD],
            env={"PYTHONHOME": home},
            capture_output=True,
            text=True,
            check=True,
        )
        print(child.stdout.replace(str(edited), "<edited os.py>"), end="")
