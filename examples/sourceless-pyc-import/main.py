import importlib.machinery
import importlib.util
import os
import pathlib
import py_compile
import sys
import tempfile


def write_and_compile(folder, name, cfile=None):
    """Write NAME.py, compile it (to cfile, or to __pycache__), delete the .py."""
    source = pathlib.Path(folder, name + ".py")
    source.write_text(f"import os; print('running {name}, from', os.path.basename(__file__))\n",
                      encoding="utf-8")
    pyc = py_compile.compile(str(source), cfile=cfile)
    os.remove(source)
    return pyc


with tempfile.TemporaryDirectory() as tmp:
    sys.path.insert(0, tmp)
    print("BYTECODE_SUFFIXES:", importlib.machinery.BYTECODE_SUFFIXES)

    # 1. A .pyc where the .py would be: imports without any source.
    write_and_compile(tmp, "shipped", cfile=os.path.join(tmp, "shipped.pyc"))
    import shipped

    print("shipped's loader:", type(shipped.__spec__.loader).__name__)
    print("shipped.__spec__.cached:", os.path.basename(shipped.__spec__.cached))

    # 2. A .pyc in __pycache__ whose source is gone: not imported.
    orphan = write_and_compile(tmp, "orphan")
    print("orphan's .pyc exists:", os.path.exists(orphan))
    try:
        import orphan
    except ModuleNotFoundError as error:
        print("import orphan:", type(error).__name__ + ":", error)

    # 3. A sourceless .pyc from another Python version (another magic number).
    write_and_compile(tmp, "foreign", cfile=os.path.join(tmp, "foreign.pyc"))
    data = pathlib.Path(tmp, "foreign.pyc").read_bytes()
    pathlib.Path(tmp, "foreign.pyc").write_bytes(b"\x00\x00\r\n" + data[4:])
    try:
        import foreign
    except ImportError as error:
        print("import foreign:", type(error).__name__ + ":", str(error).split(":")[0])
    sys.path.remove(tmp)
