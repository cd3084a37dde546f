import sys
import warnings

warnings.simplefilter("always")  # ImportWarning is hidden by default
warnings.showwarning = lambda message, category, *rest: print(f"{category.__name__}: {message}")


class OldStyleFinder:
    """Implements only find_module(), the finder protocol before Python 3.4."""

    def find_module(self, name, path=None):
        if name == "old_style":
            print("OldStyleFinder.find_module was called")
        return None


sys.meta_path.insert(0, OldStyleFinder())
try:
    import old_style
except ModuleNotFoundError as error:
    print("ModuleNotFoundError:", error)
