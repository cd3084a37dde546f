import importlib.abc
import importlib.util
import os
import sys


def read_bundle(filename):
    """Split a .bundle file into {module name: source}."""
    modules, name = {}, None
    with open(filename, encoding="utf-8") as file:
        for line in file:
            if line.startswith("## module: "):
                name = line[len("## module: ") :].strip()
                modules[name] = ""
            elif name:
                modules[name] += line
    return modules


class BundleFinder(importlib.abc.PathEntryFinder, importlib.abc.Loader):
    """The path entry finder (and loader) for one .bundle file."""

    def __init__(self, filename):
        self.filename = filename
        self.modules = read_bundle(filename)

    def find_spec(self, name, target=None):  # no path argument
        if name not in self.modules:
            return None
        return importlib.util.spec_from_loader(name, self, origin=self.filename)

    def exec_module(self, module):
        exec(self.modules[module.__name__], module.__dict__)


def bundle_hook(entry):
    if entry.endswith(".bundle") and os.path.isfile(entry):
        print("  bundle_hook accepts", entry)
        return BundleFinder(entry)
    raise ImportError("not a .bundle file")  # the next hook is tried


here = os.path.dirname(os.path.abspath(__file__))
bundle = os.path.join(here, "tools.bundle")
missing = os.path.join(here, "missing")
sys.path_hooks.insert(0, bundle_hook)
sys.path[0:0] = [bundle, missing]

print("import shout")
import shout

print(shout.hello("world"))
print("shout.__spec__.origin:", shout.__spec__.origin)
print("import nearby")
import nearby

print("sys.path_importer_cache now holds:")
for entry in sys.path[:3]:
    finder = sys.path_importer_cache[entry]
    print(f"  {entry}: {type(finder).__name__ if finder else finder}")
