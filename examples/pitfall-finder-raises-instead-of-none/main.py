import importlib.abc
import importlib.util
import sys

SOURCES = {"greet": "GREETING = 'hello'\n"}


class StrictDictImporter(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def find_spec(self, name, path, target=None):
        if name not in SOURCES:
            # The mistake: raising instead of returning None ends the search.
            raise ModuleNotFoundError(f"{name!r} is not in the dict", name=name)
        return importlib.util.spec_from_loader(name, self, origin="dict")

    def exec_module(self, module):
        exec(SOURCES[module.__name__], module.__dict__)


sys.meta_path.insert(0, StrictDictImporter())

import greet

print("greet.GREETING:", greet.GREETING)
try:
    import colorsys  # in the standard library
except ModuleNotFoundError as error:
    print("import colorsys: ModuleNotFoundError:", error)
try:
    import helper  # helper.py is next to main.py
except ModuleNotFoundError as error:
    print("import helper: ModuleNotFoundError:", error)
