print("Running fast_json")
from _fast_json_core import loads
