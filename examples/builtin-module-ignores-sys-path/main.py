import os
import sys

# errno is compiled into CPython, and nothing imports it before this line,
# so this import really goes to the finders: BuiltinImporter answers first.
print("errno in sys.modules before the import:", "errno" in sys.modules)
print("errno is built in:", "errno" in sys.builtin_module_names)
import errno

print("errno comes from:", errno.__spec__.origin)
print("errno.py is in the script's folder, first on sys.path:",
      os.path.isfile(os.path.join(sys.path[0], "errno.py")))
