import importlib
import importlib.abc
import importlib.util
import os
import sys

STORE = {"alpha": "print('  alpha runs')\n"}  # modules "in memory"


class MemoryFinder(importlib.abc.PathEntryFinder, importlib.abc.Loader):
    """Path entry finder for the store; it caches the list of names."""

    def __init__(self):
        print("  a MemoryFinder is made: it reads the store")
        self.names = set(STORE)  # read once, like FileFinder's folder listing

    def find_spec(self, name, target=None):
        if name not in self.names:
            return None
        return importlib.util.spec_from_loader(name, self, origin="mem:" + name)

    def invalidate_caches(self):  # importlib.invalidate_caches() calls this
        print("  MemoryFinder.invalidate_caches() reads the store again")
        self.names = set(STORE)

    def exec_module(self, module):
        exec(STORE[module.__name__], module.__dict__)


def memory_hook(entry):
    if entry.endswith(".mem"):
        return MemoryFinder()
    raise ImportError("not a .mem entry")


sys.path_hooks.insert(0, memory_hook)
# An absolute path, which names the store (no such file exists):
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "store.mem"))

import alpha  # the first lookup: the hook makes the finder

STORE["beta"] = "print('  beta runs')\n"  # added after the first lookup
try:
    import beta
except ModuleNotFoundError as error:
    print("Before invalidate_caches():", error)

importlib.invalidate_caches()
import beta

print("After invalidate_caches(): beta found at", beta.__spec__.origin)
