import importlib.util

spec = importlib.util.find_spec("tools")
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)  # the "cache" step is left out

import tools  # so this is not a cache hit

print("The same object?", tools is module)
