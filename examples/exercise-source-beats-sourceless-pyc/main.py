import importlib
import os
import pathlib
import py_compile
import sys
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    sys.path.insert(0, tmp)
    source = pathlib.Path(tmp, "mod.py")
    source.write_text("WHERE = 'the old code, in mod.pyc'\n", encoding="utf-8")
    py_compile.compile(str(source), cfile=str(source) + "c")  # mod.pyc, beside mod.py
    source.write_text("WHERE = 'the new code, in mod.py'\n", encoding="utf-8")

    import mod

    print("With mod.py and mod.pyc:", mod.WHERE, "-", type(mod.__loader__).__name__)

    os.remove(source)
    del sys.modules["mod"]
    importlib.invalidate_caches()  # the folder changed since the last look
    import mod

    print("With mod.pyc only:      ", mod.WHERE, "-", type(mod.__loader__).__name__)
    sys.path.remove(tmp)
