from lazy import lazy_import

lazy_import("first")
lazy_import("second")
print("Both imported lazily; nothing ran yet")

print("Next: import first")
import first  # a cache hit, but it reads first.__spec__: that runs first.py

print("Next: from second import VALUE")
from second import VALUE  # reads second.VALUE: that runs second.py

print("VALUE:", VALUE)
