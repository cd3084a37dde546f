import sys

import json

print("json is from:", json.__file__)
print("'sys' is built in, so a local sys.py would not matter:", sys.__spec__.origin)
