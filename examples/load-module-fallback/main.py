import importlib.util
import sys
import types
import warnings

warnings.simplefilter("always")  # ImportWarning is hidden by default
warnings.showwarning = lambda message, category, *rest: print(f"{category.__name__}: {message}")


class OldStyleLoader:
    """Implements only load_module(), the loader protocol before Python 3.4."""

    def load_module(self, name):
        print(f"OldStyleLoader.load_module({name!r}) was called")
        module = sys.modules[name] = types.ModuleType(name)
        module.ANSWER = 42
        return module


class Finder:
    """A modern finder (it has find_spec) that hands out the old-style loader."""

    def find_spec(self, name, path=None, target=None):
        if name == "old_style":
            return importlib.util.spec_from_loader(name, OldStyleLoader())
        return None


sys.meta_path.insert(0, Finder())
try:
    import old_style
except AttributeError as error:  # Python 3.15+: there is no fallback any more
    print(f"import old_style failed: {type(error).__name__}: {error}")
else:
    print("old_style.ANSWER:", old_style.ANSWER)
