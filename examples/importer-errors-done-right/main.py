import importlib.abc
import importlib.util
import json
import os
import sys


class JsonImporter(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, name, path, target=None):
        for folder in sys.path if path is None else []:
            filename = os.path.join(folder or ".", name + ".json")
            if os.path.isfile(filename):
                return importlib.util.spec_from_file_location(name, filename, loader=self)
        return None  # never raise here: the next finder must be asked

    def exec_module(self, module):
        filename = module.__spec__.origin
        with open(filename, encoding="utf-8") as file:
            try:
                data = json.load(file)
            except ValueError as error:  # bad data: say which module, which file
                message = f"cannot import {module.__name__!r}: {error}"
                raise ImportError(message, name=module.__name__, path=filename) from error
        module.__dict__.update(data)


sys.meta_path.append(JsonImporter())

import settings

print("settings.name:", settings.name)

try:
    import setings  # a typo: no finder finds it
except ModuleNotFoundError as error:
    print("ModuleNotFoundError:", error, "- name:", error.name)

try:
    import broken
except ImportError as error:
    print(f"{type(error).__name__}: {error}")
    print("  name:", error.name, "- path:", error.path)
    print("  caused by:", type(error.__cause__).__name__)
print("broken in sys.modules:", "broken" in sys.modules)
