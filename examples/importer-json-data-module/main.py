import importlib.abc
import importlib.util
import json
import os
import sys


class JsonImporter(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """import NAME finds NAME.json in a folder of sys.path."""

    def find_spec(self, name, path, target=None):
        if path is not None:
            return None  # a submodule: not ours
        for folder in sys.path:
            filename = os.path.join(folder or ".", name + ".json")
            if os.path.isfile(filename):
                return importlib.util.spec_from_file_location(name, filename, loader=self)
        return None

    def exec_module(self, module):
        with open(module.__spec__.origin, encoding="utf-8") as file:
            data = json.load(file)
        module.__dict__.update(data)  # each key becomes an attribute


sys.meta_path.append(JsonImporter())

import config

print("config.name:", config.name)
print("config.max_items:", config.max_items)
print("config.__file__:", config.__file__)
print("config:", config)
