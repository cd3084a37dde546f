import sys

print("Path hooks:", [getattr(h, "__name__", type(h).__name__) for h in sys.path_hooks])
import nearby

finder = sys.path_importer_cache[sys.path[0]]
print("Finder cached for the script's folder:", type(finder).__name__)
print("It found nearby.py:", nearby.__spec__.origin)
