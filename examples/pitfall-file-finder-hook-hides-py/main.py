import importlib.abc
import json
import os
import sys
from importlib.machinery import FileFinder


class JsonLoader(importlib.abc.Loader):
    def __init__(self, fullname, path):
        self.path = path

    def exec_module(self, module):
        with open(self.path, encoding="utf-8") as file:
            module.__dict__.update(json.load(file))


# The mistake: a second FileFinder hook, in front, that knows only .json.
sys.path_hooks.insert(0, FileFinder.path_hook((JsonLoader, [".json"])))
sys.path_importer_cache.clear()

import config

print("config.name:", config.name)
try:
    import helper  # helper.py is in the same folder
except ModuleNotFoundError as error:
    print("ModuleNotFoundError:", error)
print("helper.py is in the folder all the same:", os.path.exists(os.path.join(sys.path[0], "helper.py")))
