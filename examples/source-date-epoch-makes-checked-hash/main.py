import importlib.util
import os
import pathlib
import py_compile
import struct
import sys
import tempfile

sys.dont_write_bytecode = False  # the default; -B or PYTHONDONTWRITEBYTECODE set it


def flags_of(pyc):
    """The flags word of a .pyc header: 0 timestamp, 0b11 checked, 0b01 unchecked."""
    return format(struct.unpack("<I", pathlib.Path(pyc).read_bytes()[4:8])[0], "#04b")


with tempfile.TemporaryDirectory() as tmp:
    source = pathlib.Path(tmp, "build.py")
    source.write_text("X = 1\n", encoding="utf-8")
    os.environ.pop("SOURCE_DATE_EPOCH", None)

    print("SOURCE_DATE_EPOCH unset: py_compile writes flags", (flags_of(py_compile.compile(str(source)))))
    os.environ["SOURCE_DATE_EPOCH"] = "1700000000"
    print("SOURCE_DATE_EPOCH set:   py_compile writes flags", (flags_of(py_compile.compile(str(source)))))
    explicit = py_compile.compile(str(source), invalidation_mode=py_compile.PycInvalidationMode.TIMESTAMP)
    print("  an explicit invalidation_mode still wins:  flags", (flags_of(explicit)))
    os.environ["SOURCE_DATE_EPOCH"] = ""
    print("SOURCE_DATE_EPOCH empty: py_compile writes flags", (flags_of(py_compile.compile(str(source)))))

    # The import system itself ignores the variable.
    os.environ["SOURCE_DATE_EPOCH"] = "1700000000"
    os.remove(importlib.util.cache_from_source(str(source)))
    sys.path.insert(0, tmp)
    import build

    print("SOURCE_DATE_EPOCH set:   import writes flags    ", (flags_of(build.__spec__.cached)))
    sys.path.remove(tmp)
    del os.environ["SOURCE_DATE_EPOCH"]
