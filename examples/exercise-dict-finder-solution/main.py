import importlib.abc
import importlib.util
import sys

SOURCES = {
    "greet": "print('greet runs')\ndef hello(name):\n    return 'hello, ' + name\n",
    "shout": "import greet\ndef hello(name):\n    return greet.hello(name).upper() + '!'\n",
}


class DictFinder(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Finds and loads modules whose source code is a string in a dict."""

    def __init__(self, sources):
        self.sources = sources

    def find_spec(self, name, path, target=None):
        if name not in self.sources:
            return None  # not ours: the next finder on sys.meta_path is asked
        return importlib.util.spec_from_loader(name, self, origin=f"<dict {name}>")

    def create_module(self, spec):
        return None  # the import system makes an ordinary module

    def exec_module(self, module):
        code = compile(self.sources[module.__name__], module.__spec__.origin, "exec")
        exec(code, module.__dict__)


sys.meta_path.insert(0, DictFinder(SOURCES))

import shout  # shout imports greet: both come from the dict

print(shout.hello("world"))
print("greet's spec origin:", sys.modules["greet"].__spec__.origin)
print("loader:", type(shout.__loader__).__name__)

import greet  # already in sys.modules: a cache hit, nothing runs again

import json  # not in the dict: the usual finders find it

print("json still comes from:", type(json.__loader__).__name__)
