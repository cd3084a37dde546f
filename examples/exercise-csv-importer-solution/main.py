import csv
import importlib.abc
import importlib.util
import os
import sys


class CsvImporter(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """import NAME finds NAME.csv in a folder of sys.path."""

    def find_spec(self, name, path, target=None):
        if path is not None:
            return None  # submodules are not ours
        for folder in sys.path:
            filename = os.path.join(folder or ".", name + ".csv")
            if os.path.isfile(filename):
                return importlib.util.spec_from_file_location(name, filename, loader=self)
        return None

    def exec_module(self, module):
        with open(module.__file__, newline="", encoding="utf-8") as file:
            module.rows = list(csv.DictReader(file))
        for column in module.rows[0] if module.rows else []:
            setattr(module, column, [row[column] for row in module.rows])


sys.meta_path.append(CsvImporter())

import prices

print("prices.rows:", prices.rows)
print("prices.fruit:", prices.fruit)
print("prices.price:", prices.price)
print("prices.__file__:", prices.__file__)

import json  # a module of the standard library still comes from its file

print("json is still the standard library's:", hasattr(json, "dumps"))
