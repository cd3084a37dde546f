import importlib.util
import os
import pathlib
import sys
import tempfile

sys.dont_write_bytecode = False  # the default; -B or PYTHONDONTWRITEBYTECODE set it

with tempfile.TemporaryDirectory() as tmp:
    sys.path.insert(0, tmp)
    source = pathlib.Path(tmp, "data.py")
    source.write_text("VALUE = 1\n", encoding="utf-8")
    cached = pathlib.Path(importlib.util.cache_from_source(str(source)))

    import data

    header = cached.read_bytes()[:16]  # magic number, flags, source mtime, source size
    stat = os.stat(source)
    flags = int.from_bytes(header[4:8], "little")
    print("Header flags:", flags, "(timestamp-based)" if flags == 0 else "(hash-based)")
    print("Header mtime is the source's, in whole seconds:",
          int.from_bytes(header[8:12], "little") == int(stat.st_mtime) & 0xFFFFFFFF)
    print("Header size is the source's:", int.from_bytes(header[12:16], "little"), "bytes")

    first = cached.read_bytes(), cached.stat().st_ino  # a rewrite makes a new file
    del sys.modules["data"]
    import data

    print("Unchanged source: the .pyc was reused:", (cached.read_bytes(), cached.stat().st_ino) == first)

    source.write_text("VALUE = 22\n", encoding="utf-8")  # a new size invalidates it
    del sys.modules["data"]
    import data

    print("Changed source: the .pyc was rewritten:", cached.read_bytes() != first[0])
    print("data.VALUE:", data.VALUE)
    sys.path.remove(tmp)
