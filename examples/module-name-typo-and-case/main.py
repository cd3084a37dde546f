import difflib
import importlib.util
import os
import pkgutil

for name in ("Helpers", "helper", "helpers"):
    try:
        module = __import__(name)
        print(f"import {name}: found, {os.path.basename(module.__file__)}")
    except ModuleNotFoundError as error:
        print(f"import {name}: {type(error).__name__}: {error}")

# What is there? The names of the modules in this program's folder, and the close ones:
here = os.path.dirname(os.path.abspath(__file__))
names = sorted(module.name for module in pkgutil.iter_modules([here]))
print("modules in the folder:", names)
for name in ("Helpers", "helper"):
    print(f"close to {name!r}:", difflib.get_close_matches(name, names))
print("find_spec('Helpers'):", importlib.util.find_spec("Helpers"))
