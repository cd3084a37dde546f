import sys  # sys is in sys.modules before main.py starts: a cache hit

import json

print("json is from:", json.__file__)
print("sys is from:", sys.__spec__.origin)
