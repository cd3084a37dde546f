import importlib
import importlib.util
import sys


def import_and_report(name):
    """Say what `import name` will do, do it, and say which modules ran."""
    if name in sys.modules and sys.modules[name] is None:
        print(f"{name}: None in sys.modules, so the import will fail")
    elif name in sys.modules:
        print(f"{name}: a cache hit, so nothing will run")
    else:
        spec = importlib.util.find_spec(name)  # for a top-level name, this only finds
        if spec is None:
            print(f"{name}: a miss, and no finder knows it, so the import will fail")
        else:
            print(f"{name}: a miss, found at {spec.origin}, so its code will run")
    cached_before = set(sys.modules)
    try:
        module = importlib.import_module(name)
    except ImportError as error:
        print("  ", type(error).__name__, ": ", error, sep="")
        return None
    print("  Modules that ran:", sorted(set(sys.modules) - cached_before))
    return module


first = import_and_report("module1")
second = import_and_report("module1")
print("Both calls returned the same module:", first is second)
import_and_report("no_such_module")
sys.modules["blocked"] = None
import_and_report("blocked")
