import pathlib
import py_compile
import sys
import tempfile
import zipfile

with tempfile.TemporaryDirectory() as tmp:
    source = pathlib.Path(tmp) / "fast.py"
    source.write_text('print("Running fast, compiled ahead of time")\n', encoding="utf-8")
    compiled = py_compile.compile(str(source), cfile=str(source.with_suffix(".pyc")))

    archive = pathlib.Path(tmp) / "bundle.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.write(compiled, "fast.pyc")  # beside where fast.py would be, not in __pycache__
        with open(compiled, "rb") as file:
            data = bytearray(file.read())
        data[:4] = b"\x00\x00\r\n"  # another magic number, as a .pyc from another release has
        bundle.writestr("other.pyc", bytes(data))
    sys.path.insert(0, str(archive))

    import fast

    print("fast.__file__ ends with:", "/".join(pathlib.PurePath(fast.__file__).parts[-2:]))
    try:
        import other
    except ImportError as error:
        print(f"{type(error).__name__}: {error}")
