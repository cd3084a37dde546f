import importlib.abc
import importlib.machinery
import sys


class Greetings(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Serves modules named greeting_<word> that exist in no file."""

    def find_spec(self, name, path, target=None):
        print(f"  Greetings.find_spec({name!r})")
        if name.startswith("greeting_"):
            return importlib.machinery.ModuleSpec(name, self)
        return None  # not ours: the next finder is asked

    def exec_module(self, module):
        module.text = "hello, " + module.__name__[len("greeting_") :]


sys.meta_path.insert(0, Greetings())
print("import greeting_world")
import greeting_world

print("greeting_world.text:", greeting_world.text)
print("import xml.dom")
import xml.dom

print("xml.dom still comes from:", xml.dom.__spec__.loader.__class__.__name__)
print("import xml.dom, greeting_world, sys (all in sys.modules: no finder is asked)")
import xml.dom, greeting_world, sys
print("(no find_spec line above: each of them was a cache hit)")
