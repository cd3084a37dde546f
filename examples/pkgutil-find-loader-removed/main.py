import importlib.util
import pkgutil

print("pkgutil.find_loader exists:", hasattr(pkgutil, "find_loader"))
print("pkgutil.get_loader exists:", hasattr(pkgutil, "get_loader"))
spec = importlib.util.find_spec("json")  # the replacement, on every version
print("importlib.util.find_spec('json') found:", spec.name)
