import os
import sys

# faulthandler is compiled into CPython, and nothing imports it before this
# line, so this import really goes to the finders: BuiltinImporter answers first.
print("faulthandler in sys.modules before the import:", "faulthandler" in sys.modules)
print("faulthandler is built in:", "faulthandler" in sys.builtin_module_names)
import faulthandler

print("faulthandler comes from:", faulthandler.__spec__.origin)
print("faulthandler.py is in the script's folder, first on sys.path:",
      os.path.isfile(os.path.join(sys.path[0], "faulthandler.py")))
