import importlib
import sys

import array
import plain

kind = "built in" if array.__spec__.origin == "built-in" else "an extension module"
print("array is", kind + ", loaded by", array.__spec__.loader.__name__
      if isinstance(array.__spec__.loader, type) else type(array.__spec__.loader).__name__)

plain.VALUE = "changed by main"
importlib.reload(plain)
print("After reload(plain): plain.VALUE =", repr(plain.VALUE))

original = array.array
array.array = "changed by main"
array.extra = "added by main"
reloaded = importlib.reload(array)
print("reload(array) returned the same object:", reloaded is array)
print("After reload(array): array.array =", repr(array.array))
print("After reload(array): array.extra =", repr(array.extra))

del sys.modules["array"]
import array as fresh

print("After del sys.modules['array'], import: a new object:", fresh is not reloaded)
print("  fresh.array is a class again:", isinstance(fresh.array, type))
