import pathlib
import py_compile
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    source = pathlib.Path(tmp, "mod.py")
    source.write_text("X = 1\n", encoding="utf-8")
    for mode in (py_compile.PycInvalidationMode.TIMESTAMP,
                 py_compile.PycInvalidationMode.CHECKED_HASH,
                 py_compile.PycInvalidationMode.UNCHECKED_HASH):
        pyc = py_compile.compile(str(source), cfile=str(source) + "c", invalidation_mode=mode)
        flags = int.from_bytes(pathlib.Path(pyc).read_bytes()[4:8], "little")
        print(f"{mode.name:15} header flags = {flags:#04b}")
