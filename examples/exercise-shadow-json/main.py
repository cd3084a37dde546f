import sys  # sys is in sys.modules before main.py starts: a cache hit

print("json imported before main.py started:", "json" in sys.modules)
import json

print("json is from:", json.__file__)
print("sys is from:", sys.__spec__.origin)
