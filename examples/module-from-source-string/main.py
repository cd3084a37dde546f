import importlib.abc
import importlib.util
import sys

SOURCES = {"virtual": 'print("Running virtual, from a string")\nANSWER = 42\n'}


class DictLoader(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Finds and loads modules from a dict of source strings."""

    def find_spec(self, name, path, target=None):
        if name in SOURCES:
            return importlib.util.spec_from_loader(name, self, origin="<dict>")
        return None

    def exec_module(self, module):
        exec(compile(SOURCES[module.__name__], module.__spec__.origin, "exec"), vars(module))


sys.meta_path.append(DictLoader())
import virtual

print("virtual.ANSWER:", virtual.ANSWER)
print(virtual)
