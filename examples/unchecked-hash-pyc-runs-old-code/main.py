import importlib
import importlib.util
import pathlib
import py_compile
import struct
import sys
import tempfile

Mode = py_compile.PycInvalidationMode
sys.dont_write_bytecode = False  # the default; -B or PYTHONDONTWRITEBYTECODE set it

with tempfile.TemporaryDirectory() as tmp:
    sys.path.insert(0, tmp)
    for mode in (Mode.UNCHECKED_HASH, Mode.CHECKED_HASH):
        name = mode.name.lower()  # one module per mode: unchecked_hash, checked_hash
        source = pathlib.Path(tmp, name + ".py")
        source.write_text("VERSION = 'old'\n", encoding="utf-8")
        pyc = py_compile.compile(str(source), invalidation_mode=mode)

        source.write_text("VERSION = 'new, and longer'\n", encoding="utf-8")
        importlib.invalidate_caches()
        module = importlib.import_module(name)
        print(f"{mode.name:14} .pyc, source edited: VERSION = {module.VERSION!r}")
        flags = struct.unpack("<I", pathlib.Path(pyc).read_bytes()[4:8])[0]
        print(f"{'':14} the .pyc afterwards: flags {flags:#04b}, hash of the new source:",
              pathlib.Path(pyc).read_bytes()[8:16] == importlib.util.source_hash(source.read_bytes()))
    sys.path.remove(tmp)
