import sys
import warnings

warnings.simplefilter("ignore", ImportWarning)


class OldStyleFinder:
    """Implements only the find_module protocol, removed in Python 3.12."""

    def find_module(self, name, path=None):
        if name == "old_style":
            print("OldStyleFinder.find_module was called")
        return None


sys.meta_path.insert(0, OldStyleFinder())
try:
    import old_style
except ModuleNotFoundError as error:
    print("ModuleNotFoundError:", error)
