import importlib.abc
import importlib.util
import sys

SOURCES = {
    "hello": "print('  hello runs')\nGREETING = 'hello, world'\n",
}


class DictImporter(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """A finder and a loader in one object: modules from a dict of strings."""

    def __init__(self, sources):
        self.sources = sources

    def find_spec(self, name, path, target=None):
        print(f"  find_spec({name!r}, {path!r})")
        if name not in self.sources:
            return None  # not ours: the next finder on sys.meta_path is asked
        return importlib.util.spec_from_loader(name, self, origin="dict")

    def create_module(self, spec):
        print(f"  create_module(spec for {spec.name!r})")
        return None  # None: the import system makes an ordinary module

    def exec_module(self, module):
        print(f"  exec_module(<module {module.__name__!r}>)")
        exec(self.sources[module.__name__], module.__dict__)


sys.meta_path.insert(0, DictImporter(SOURCES))

print("import hello")
import hello

print("hello.GREETING:", hello.GREETING)
print("hello:", hello)
print("hello.__loader__:", type(hello.__loader__).__name__)
print("import hello again")
import hello

print("(nothing printed: a cache hit in sys.modules)")
