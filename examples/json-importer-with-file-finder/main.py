import importlib.abc
import json
import sys
from importlib.machinery import (
    BYTECODE_SUFFIXES,
    EXTENSION_SUFFIXES,
    SOURCE_SUFFIXES,
    ExtensionFileLoader,
    FileFinder,
    SourceFileLoader,
    SourcelessFileLoader,
)


class JsonLoader(importlib.abc.Loader):
    """Loads NAME.json: each key of the JSON object becomes an attribute."""

    def __init__(self, fullname, path):  # FileFinder makes one per file found
        self.path = path

    def get_source(self, fullname):
        with open(self.path, encoding="utf-8") as file:
            return file.read()

    def exec_module(self, module):
        module.__dict__.update(json.loads(self.get_source(module.__name__)))


# Step 1: a FileFinder hook that knows Python's own kinds of file, then .json.
loaders = [
    (ExtensionFileLoader, EXTENSION_SUFFIXES),
    (SourceFileLoader, SOURCE_SUFFIXES),
    (SourcelessFileLoader, BYTECODE_SUFFIXES),
    (JsonLoader, [".json"]),
]
# Step 2: put it in the place of the default FileFinder hook.
for index, hook in enumerate(sys.path_hooks):
    if getattr(hook, "__name__", "") == "path_hook_for_FileFinder":
        sys.path_hooks[index] = FileFinder.path_hook(*loaders)
# Step 3: forget the finders the old hook made.
sys.path_importer_cache.clear()

import config
import helper
import shop.prices

print("config.name:", config.name)
print("config.__file__:", config.__file__)
print("shop.prices.pear:", shop.prices.pear)
print("helper comes from:", type(helper.__loader__).__name__)
