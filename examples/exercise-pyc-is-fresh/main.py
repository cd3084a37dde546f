import importlib.util
import os
import pathlib
import py_compile
import sys
import tempfile


def pyc_is_fresh(source):
    """True if importing *source* would reuse its cached .pyc."""
    try:
        header = pathlib.Path(importlib.util.cache_from_source(source)).read_bytes()[:16]
    except FileNotFoundError:
        return False
    if header[:4] != importlib.util.MAGIC_NUMBER:  # written by another bytecode version
        return False
    flags = int.from_bytes(header[4:8], "little")
    if flags & ~0b11:  # an unknown flag: import recompiles
        return False
    if not flags & 0b01:  # timestamp-based: the source's mtime (whole seconds) and size
        stat = os.stat(source)
        return (int.from_bytes(header[8:12], "little") == int(stat.st_mtime) & 0xFFFFFFFF
                and int.from_bytes(header[12:16], "little") == stat.st_size & 0xFFFFFFFF)
    if flags & 0b10:  # checked hash-based: a hash of the source's bytes
        return header[8:16] == importlib.util.source_hash(pathlib.Path(source).read_bytes())
    return True  # unchecked hash-based: by default, import does not look at the source


sys.dont_write_bytecode = False  # the default; -B or PYTHONDONTWRITEBYTECODE set it
with tempfile.TemporaryDirectory() as tmp:
    sys.path.insert(0, tmp)
    source = os.path.join(tmp, "data.py")
    pathlib.Path(source).write_text("VALUE = 1\n", encoding="utf-8")
    print("Before any import:", pyc_is_fresh(source))
    import data

    print("After the import:", pyc_is_fresh(source))
    pathlib.Path(source).write_text("VALUE = 22\n", encoding="utf-8")
    print("After an edit that changes the size:", pyc_is_fresh(source))
    py_compile.compile(source, invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH)
    print("After compiling a checked hash-based .pyc:", pyc_is_fresh(source))
    pathlib.Path(source).write_text("VALUE = 3\n", encoding="utf-8")
    print("After an edit of that source:", pyc_is_fresh(source))
    sys.path.remove(tmp)
