import sys

sys.modules["json"] = None  # a None entry means: this import must fail
try:
    import json
except ImportError as error:
    print(type(error).__name__ + ":", error)
