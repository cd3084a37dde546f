import importlib
import importlib.abc
import importlib.util
import sys

STORE = {"greet": "GREETING = 'hello'\n"}


class MemoryFinder(importlib.abc.PathEntryFinder, importlib.abc.Loader):
    def find_spec(self, name, target=None):
        if name not in STORE:
            return None
        return importlib.util.spec_from_loader(name, self, origin="mem:" + name)

    def exec_module(self, module):
        exec(STORE[module.__name__], module.__dict__)


def memory_hook(entry):
    if entry == "mem:":
        return MemoryFinder()
    raise ImportError("not a mem: entry")


sys.path.insert(0, "mem:")
try:
    import not_installed  # any import that misses looks at "mem:" now
except ModuleNotFoundError:
    pass
print("Cached for 'mem:' before the hook:", sys.path_importer_cache["mem:"])

sys.path_hooks.insert(0, memory_hook)  # the hook comes too late
try:
    import greet
except ModuleNotFoundError as error:
    print("With the hook installed:", error)

importlib.invalidate_caches()  # drops the None entries
import greet

print("After invalidate_caches(): greet.GREETING =", greet.GREETING)
print("Cached for 'mem:' now:", type(sys.path_importer_cache["mem:"]).__name__)
