import importlib.util
import json
import sys

print("json.__file__:", json.__file__)
print("json.__spec__.origin:", json.__spec__.origin)
print("Without importing it:", importlib.util.find_spec("email").origin)
print("Built-in modules have no file:", getattr(sys, "__file__", None), "/", sys.__spec__.origin)
