import sys

import counter

old = counter
old.count = 41

del sys.modules["counter"]  # forget the cached module
import counter  # runs counter.py again, into a new module object

print("A new object:", counter is not old)
print("The new one starts afresh:", counter.count)
print("The old reference is stale, but still alive:", old.count)
