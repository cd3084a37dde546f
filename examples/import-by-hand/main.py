import importlib.util
import sys

# What `import tools` does, one step at a time.
spec = importlib.util.find_spec("tools")  # find
print("1. found a spec, loader:", type(spec.loader).__name__)
module = importlib.util.module_from_spec(spec)  # create
print("2. created", module, "- empty so far:", not hasattr(module, "VERSION"))
sys.modules["tools"] = module  # cache
print("3. cached: 'tools' in sys.modules:", "tools" in sys.modules)
spec.loader.exec_module(module)  # execute
print("4. executed: tools.VERSION =", module.VERSION)
tools = module  # bind
print("5. bound; a later import is a cache hit:", __import__("tools") is tools)
