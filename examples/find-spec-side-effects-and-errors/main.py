import importlib.util
import json
import sys

# 1. A dotted name: find_spec imports the parent package first.
spec = importlib.util.find_spec("shop.cart")
print("find_spec('shop.cart') origin:", spec.origin)
print("'shop' in sys.modules:", "shop" in sys.modules)
print("'shop.cart' in sys.modules:", "shop.cart" in sys.modules)

# 2. A module already imported: find_spec returns its __spec__, finding nothing.
print("find_spec('json') is json.__spec__:", importlib.util.find_spec("json") is json.__spec__)

# 3. ... which fails if that __spec__ is None, as it is for a script run as __main__.
try:
    importlib.util.find_spec("__main__")
except ValueError as error:
    print("ValueError:", error)

# 4. A missing parent is an import error, not None.
try:
    importlib.util.find_spec("no_such_package.module")
except ModuleNotFoundError as error:
    print("ModuleNotFoundError:", error)
