import importlib.machinery
import importlib.util
import pathlib
import sys
import tempfile

SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]  # such as .cpython-312-x86_64-linux-gnu.so

with tempfile.TemporaryDirectory() as tmp:
    sys.path.insert(0, tmp)
    pathlib.Path(tmp, "fast.py").write_text("print('fast.py runs')\n", encoding="utf-8")
    pathlib.Path(tmp, "fast" + SUFFIX).write_bytes(b"not really a shared library")

    spec = importlib.util.find_spec("fast")
    print("Folder holds: fast.py and fast + EXTENSION_SUFFIXES[0]")
    print("find_spec('fast') loader:", type(spec.loader).__name__)
    print("find_spec('fast') origin ends with EXTENSION_SUFFIXES[0]:", spec.origin.endswith(SUFFIX))
    try:
        import fast
    except ImportError as error:
        print("import fast raised", type(error).__name__, "- fast.py never ran")
        print("  error.path is the library:", error.path == spec.origin)
    sys.path.remove(tmp)
