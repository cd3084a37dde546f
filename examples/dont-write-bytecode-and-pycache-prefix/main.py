import os
import pathlib
import sys
import tempfile

TAG = sys.implementation.cache_tag  # such as cpython-312
print("At start: sys.dont_write_bytecode =", sys.dont_write_bytecode,
      "| sys.pycache_prefix =", sys.pycache_prefix)


def pyc_files(root):
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*.pyc"))


with tempfile.TemporaryDirectory() as tmp:
    root = pathlib.Path(tmp).resolve()
    src = root / "src"
    src.mkdir()
    for name in ("first", "second", "third"):
        (src / f"{name}.py").write_text("X = 1\n", encoding="utf-8")
    sys.path.insert(0, str(src))

    sys.dont_write_bytecode = True
    import first

    print("dont_write_bytecode = True:  .pyc files after import first:", pyc_files(root))
    sys.dont_write_bytecode = False

    sys.pycache_prefix = str(root / "prefix")
    import second

    mirrored = str(src).lstrip(os.sep)  # the prefix repeats the source folder's path
    written = [name.replace(mirrored, "<src>").replace(TAG, "<tag>") for name in pyc_files(root)]
    print("pycache_prefix = <root>/prefix: .pyc files after import second:", written)
    print("second.__spec__.cached is under the prefix:",
          second.__spec__.cached.startswith(sys.pycache_prefix))

    sys.pycache_prefix = None
    import third

    written = [name.replace(mirrored, "<src>").replace(TAG, "<tag>") for name in pyc_files(root)]
    print("pycache_prefix = None again: after import third:", written)
    sys.path.remove(str(src))
