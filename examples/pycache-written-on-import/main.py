import os
import pathlib
import sys
import tempfile

sys.dont_write_bytecode = False  # the default; -B or PYTHONDONTWRITEBYTECODE set it

with tempfile.TemporaryDirectory() as tmp:
    pathlib.Path(tmp, "shapes.py").write_text("SIDES = 4\n", encoding="utf-8")
    sys.path.insert(0, tmp)
    print("Before the import:", sorted(os.listdir(tmp)))
    import shapes

    print("After the import: ", sorted(os.listdir(tmp)))
    tag = sys.implementation.cache_tag  # such as cpython-312: one .pyc per interpreter
    cached = os.listdir(os.path.join(tmp, "__pycache__"))
    print("In __pycache__:", cached == [f"shapes.{tag}.pyc"], "-> shapes.<tag>.pyc")
    sys.path.remove(tmp)
