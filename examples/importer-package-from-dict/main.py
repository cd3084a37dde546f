import importlib.abc
import importlib.util
import sys

SOURCES = {
    "shop": "print('  shop runs')\nfrom . import cart\n",  # a package
    "shop.cart": "print('  shop.cart runs')\nITEMS = []\n",
    "flat": "print('  flat runs')\n",  # a plain module
}
PACKAGES = {"shop"}


class DictImporter(importlib.abc.MetaPathFinder, importlib.abc.InspectLoader):
    def find_spec(self, name, path, target=None):
        if name not in SOURCES:
            return None
        print(f"  find_spec({name!r}, path={path!r})")
        # spec_from_loader asks self.is_package(name): True gives the spec
        # submodule_search_locations = [], and the module a __path__.
        return importlib.util.spec_from_loader(name, self, origin="dict:" + name)

    def is_package(self, name):
        return name in PACKAGES

    def get_source(self, name):
        return SOURCES[name]

    def exec_module(self, module):
        exec(self.get_source(module.__name__), module.__dict__)


sys.meta_path.insert(0, DictImporter())

print("import shop")
import shop

print("shop.__spec__.submodule_search_locations:", shop.__spec__.submodule_search_locations)
print("shop.__path__:", shop.__path__)
print("shop.__spec__.parent:", shop.__spec__.parent)
print("shop.cart:", shop.cart)
print("import flat.sub")
try:
    import flat.sub
except ModuleNotFoundError as error:
    print("ModuleNotFoundError:", error)
