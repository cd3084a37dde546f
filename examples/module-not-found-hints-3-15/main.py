"""Print the last line of a ModuleNotFoundError's traceback, as Python shows it."""

import os
import sys
import tempfile
import traceback


def show(name):
    try:
        __import__(name)
    except ModuleNotFoundError as error:
        print("str(error):     ", error)
        print("traceback shows:", traceback.format_exception_only(type(error), error)[-1], end="")


show("winreg")  # a standard library module that exists only on Windows

with tempfile.TemporaryDirectory() as tmp:
    # An extension module built for another Python (CPython 3.12 on macOS).
    open(os.path.join(tmp, "fastmath.cpython-312-darwin.so"), "wb").close()
    sys.path.insert(0, tmp)
    show("fastmath")
    sys.path.remove(tmp)
