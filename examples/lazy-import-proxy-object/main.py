import sys
import types

lazy import heavy
lazy from heavy import TABLE

namespace = globals()  # reading this dict does not use the names
print("globals()['heavy']:", repr(namespace["heavy"]), "of type", type(namespace["heavy"]).__name__)
print("globals()['TABLE']:", repr(namespace["TABLE"]))
print("The type is types.LazyImportType:", type(namespace["heavy"]) is types.LazyImportType)
print("sys.lazy_modules holds:", sorted(name for name in sys.lazy_modules if name.startswith("heavy")))
print("'heavy' in sys.modules:", "heavy" in sys.modules)

print("First use of the name TABLE:", TABLE)
print("globals()['TABLE']:", repr(namespace["TABLE"]))
print("'heavy' in sys.modules:", "heavy" in sys.modules)
print("globals()['heavy']:", repr(namespace["heavy"]), "(the name heavy is not used yet)")
print("sys.lazy_modules holds:", sorted(name for name in sys.lazy_modules if name.startswith("heavy")))

print("First use of the name heavy:", heavy.__name__)
print("globals()['heavy']:", repr(namespace["heavy"]))
