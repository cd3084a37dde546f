import importlib.util
import os
import sys


class Spy:
    """A finder that finds nothing: it only reports what it is asked for."""

    def find_spec(self, name, path, target=None):
        folders = None if path is None else [os.path.basename(entry) for entry in path]
        print(f"  asked for {name!r}, in {folders if folders else 'sys.path'}")
        return None  # "not me": the next finder on sys.meta_path is asked


sys.meta_path.insert(0, Spy())

for statement in ("import shop.cart", "import shop", "from shop import prices",
                  "importlib.util.find_spec('shop.cart')", "import shop.delivery"):
    print(statement)
    try:
        exec(statement)
    except ImportError as error:
        print(f"  {type(error).__name__}: {error}")
