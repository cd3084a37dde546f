import os
import pathlib
import shutil
import subprocess
import sys
import tempfile

ENV = {name: value for name, value in os.environ.items()
       if name not in ("SOURCE_DATE_EPOCH", "PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}
FLAG_NAMES = {0b00: "timestamp", 0b11: "checked hash", 0b01: "unchecked hash"}


def python(*args, cwd, env=ENV):
    child = subprocess.run([sys.executable, *args], cwd=cwd, env=env,
                           capture_output=True, text=True, check=True)
    return child.stdout.strip()


def compile_then_edit(tmp, options, env=ENV):
    """Compile src/ with compileall, then edit mod.py without recompiling."""
    src = pathlib.Path(tmp, "src")
    shutil.rmtree(src, ignore_errors=True)
    src.mkdir()
    (src / "mod.py").write_text("VERSION = 'old'\n", encoding="utf-8")
    python("-m", "compileall", "-q", *options, "src", cwd=tmp, env=env)
    (pyc,) = (src / "__pycache__").iterdir()
    (src / "mod.py").write_text("VERSION = 'new, and longer'\n", encoding="utf-8")
    return FLAG_NAMES[int.from_bytes(pyc.read_bytes()[4:8], "little")]


IMPORT = "import mod; print(mod.VERSION)"
with tempfile.TemporaryDirectory() as tmp:
    src = os.path.join(tmp, "src")
    kind = compile_then_edit(tmp, ["--invalidation-mode", "unchecked-hash"])
    print("compileall --invalidation-mode unchecked-hash wrote:", kind + "; after an edit:")
    print("  python -c 'import mod'                               ->", python("-c", IMPORT, cwd=src))
    print("  python --check-hash-based-pycs always -c 'import mod' ->",
          python("--check-hash-based-pycs", "always", "-c", IMPORT, cwd=src))

    kind = compile_then_edit(tmp, ["--invalidation-mode", "checked-hash"])
    print("compileall --invalidation-mode checked-hash wrote:", kind + "; after an edit:")
    print("  python --check-hash-based-pycs never -c 'import mod'  ->",
          python("--check-hash-based-pycs", "never", "-c", IMPORT, cwd=src))
    print("  python -c 'import mod'                               ->", python("-c", IMPORT, cwd=src))

    kind = compile_then_edit(tmp, [], env={**ENV, "SOURCE_DATE_EPOCH": "1700000000"})
    print("SOURCE_DATE_EPOCH=1700000000 python -m compileall wrote:", kind)
