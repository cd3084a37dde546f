import importlib.machinery
import importlib.util
import os
import sys

SUFFIXES = importlib.machinery.EXTENSION_SUFFIXES
TAG = sys.implementation.cache_tag  # such as cpython-312
print("EXTENSION_SUFFIXES:", [s.replace(TAG, "<tag>") for s in SUFFIXES])
print("'sys' in sys.builtin_module_names:", "sys" in sys.builtin_module_names)

for name in ("array", "math", "_json", "_decimal"):
    spec = importlib.util.find_spec(name)  # finds, does not import
    if spec is None:
        print(f"{name:9} not in this Python")
    elif spec.origin == "built-in":
        print(f"{name:9} built in: loader {spec.loader.__name__}, in builtin_module_names:",
              name in sys.builtin_module_names)
    else:
        folder, file = os.path.split(spec.origin)
        suffix = next(s for s in SUFFIXES if file.endswith(s))
        print(f"{name:9} extension module: loader {type(spec.loader).__name__},",
              f"file {name}{suffix.replace(TAG, '<tag>')} in {os.path.basename(folder)}/")
