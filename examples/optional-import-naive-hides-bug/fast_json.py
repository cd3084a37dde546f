print("Running fast_json")
# Its compiled part, missing from this install:
from _fast_json_core import loads
