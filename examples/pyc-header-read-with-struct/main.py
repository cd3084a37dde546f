import importlib.util
import os
import pathlib
import struct
import sys
import tempfile

sys.dont_write_bytecode = False  # the default; -B or PYTHONDONTWRITEBYTECODE set it

with tempfile.TemporaryDirectory() as tmp:
    sys.path.insert(0, tmp)
    source = pathlib.Path(tmp, "shapes.py")
    source.write_text("SIDES = 4\n", encoding="utf-8")
    import shapes  # compiles shapes.py and writes its .pyc

    pyc = pathlib.Path(importlib.util.cache_from_source(str(source)))
    header = pyc.read_bytes()[:16]
    magic, flags, mtime, size = struct.unpack("<4sIII", header)
    stat = os.stat(source)

    print("magic == importlib.util.MAGIC_NUMBER:", magic == importlib.util.MAGIC_NUMBER)
    print("magic ends with b'\\r\\n':", magic.endswith(b"\r\n"))
    print("flags:", flags)
    print("mtime is the source's, in whole seconds:", mtime == int(stat.st_mtime) & 0xFFFFFFFF)
    print("size is the source's:", size, "==", stat.st_size)
    print("the rest is the marshalled code object:", len(pyc.read_bytes()) > 16)

    # Pretend another Python version wrote the file: change the magic number.
    pyc.write_bytes(b"\x00\x00\r\n" + pyc.read_bytes()[4:])
    del sys.modules["shapes"]
    import shapes  # the magic number does not match: compile again

    print("After a wrong magic number, the .pyc was rewritten:",
          pyc.read_bytes()[:4] == importlib.util.MAGIC_NUMBER)
    sys.path.remove(tmp)
