import importlib
import pkgutil
import sys

sys.path[1:1] = ["app", "addon"]  # two folders with a plugins/ portion each, as if from two distributions

import plugins  # a namespace package: no __init__.py

names = sorted(info.name for info in pkgutil.iter_modules(plugins.__path__, prefix="plugins."))
print("iter_modules found:", names)
print("Imported so far:", sorted(name for name in sys.modules if name.startswith("plugins.")))

exporters = {}
for name in names:
    module = importlib.import_module(name)
    exporters[module.FORMAT] = module.export

rows = [["a", "1"], ["b", "2"]]
for format_name, export in sorted(exporters.items()):
    print(f"{format_name}: {export(rows)!r}")
