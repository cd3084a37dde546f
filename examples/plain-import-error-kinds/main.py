import importlib
import importlib.machinery
import os
import sys
import tempfile


def attempt(statement, show_message=True):
    print(statement)
    try:
        exec(statement, {})
    except ImportError as error:
        if isinstance(error, ModuleNotFoundError):
            print("  ModuleNotFoundError, a subclass of ImportError")
        else:
            print(f"  {type(error).__name__}, not a ModuleNotFoundError")
        if show_message:
            print("  message:", error)
        path = os.path.basename(error.path) if error.path else None
        if path:
            path = path.replace(importlib.machinery.EXTENSION_SUFFIXES[0], "{EXTENSION_SUFFIXES[0]}")
        print(f"  .name: {error.name!r}, .path: {path!r}")


attempt("import no_such_module")

sys.modules["blocked"] = None  # "do not import this module"
attempt("import blocked")

attempt("from tools import saw")
attempt("import pkg.climb")

with tempfile.TemporaryDirectory() as tmp:
    sys.path.insert(0, tmp)
    # A file named like a compiled extension module, which is not one:
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    with open(os.path.join(tmp, "speedups" + suffix), "wb") as file:
        file.write(b"not a compiled library")
    # A .pyc with no .py beside it, that does not start with this Python's magic number:
    with open(os.path.join(tmp, "oldcode.pyc"), "wb") as file:
        file.write(bytes(16))
    importlib.invalidate_caches()
    attempt("import speedups", show_message=False)  # the message is the platform's
    attempt("import oldcode")
    sys.path.remove(tmp)
