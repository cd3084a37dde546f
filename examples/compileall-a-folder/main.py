import compileall
import pathlib
import shutil
import sys
import tempfile

TAG = sys.implementation.cache_tag  # such as cpython-312


def pyc_files(root):
    return sorted(p.relative_to(root).as_posix().replace(TAG, "<tag>") for p in root.rglob("*.pyc"))


with tempfile.TemporaryDirectory() as tmp:
    app = pathlib.Path(tmp, "app")
    shutil.copytree(pathlib.Path(__file__).parent / "app", app)  # work on a copy

    ok = compileall.compile_dir(str(app), quiet=1)
    print("compile_dir(app) succeeded:", ok)
    for name in pyc_files(app):
        print("  ", name)

    before = {p: p.stat().st_mtime_ns for p in app.rglob("*.pyc")}
    compileall.compile_dir(str(app), quiet=1)
    print("A second run rewrote no .pyc:", before == {p: p.stat().st_mtime_ns for p in app.rglob("*.pyc")})

    shutil.rmtree(app / "__pycache__")
    shutil.rmtree(app / "tools" / "__pycache__")
    compileall.compile_dir(str(app), quiet=1, legacy=True)
    print("compile_dir(app, legacy=True) writes each .pyc beside its source:")
    for name in pyc_files(app):
        print("  ", name)
