import importlib.abc
import importlib.util
import sys

SOURCES = {
    "colorsys": "WHO = 'the dict, in place of the standard library'\n",
    "extras": "WHO = 'the dict, as a fallback'\n",
}


class DictImporter(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    def __init__(self, where):
        self.where = where

    def find_spec(self, name, path, target=None):
        if name not in SOURCES:
            print(f"  {self.where} finder asked about {name!r}: None, pass")
            return None
        print(f"  {self.where} finder asked about {name!r}: serves it")
        return importlib.util.spec_from_loader(name, self, origin="dict")

    def exec_module(self, module):
        exec(SOURCES[module.__name__], module.__dict__)


def show(name):
    module = sys.modules[name]
    print(f"  {name} from:", getattr(module, "WHO", "a file that PathFinder found"))


print("colorsys in sys.modules at start:", "colorsys" in sys.modules)

print("A finder at the END of sys.meta_path:")
finder = DictImporter("end")
sys.meta_path.append(finder)
import colorsys  # PathFinder, earlier in the list, finds the real one

show("colorsys")
import extras  # no other finder knows extras

show("extras")

print("A finder at the FRONT of sys.meta_path:")
sys.meta_path.remove(finder)
sys.meta_path.insert(0, DictImporter("front"))
del sys.modules["colorsys"], sys.modules["extras"]
import colorsys

show("colorsys")
import local_tool  # the front finder passes: the usual finders find it

show("local_tool")
