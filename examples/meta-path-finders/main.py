import sys

print("Finders asked, in order, for every module not yet in sys.modules:")
for finder in sys.meta_path:
    print("  ", getattr(finder, "__name__", type(finder).__name__))
