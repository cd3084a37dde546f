import importlib.util
import pathlib
import sys
import tempfile

folder = pathlib.Path(tempfile.mkdtemp())
sys.path.insert(0, str(folder))
source = folder / "data.py"
source.write_text("VALUE = 1\n", encoding="utf-8")
cached = pathlib.Path(importlib.util.cache_from_source(str(source)))

import data

first = cached.stat().st_mtime_ns
del sys.modules["data"]
import data

print("Unchanged source: the .pyc was reused:", cached.stat().st_mtime_ns == first)

source.write_text("VALUE = 22\n", encoding="utf-8")  # a new size invalidates it
del sys.modules["data"]
import data

print("Changed source: the .pyc was rewritten:", cached.stat().st_mtime_ns != first)
print("data.VALUE:", data.VALUE)
