import builtins

# `import colors` is roughly `colors = __import__("colors")`.
module = __import__("colors")
print("__import__ returned:", type(module).__name__, module.__name__)
print("...and bound no name: 'colors' in globals():", "colors" in globals())

real_import = builtins.__import__


def spy(name, globals=None, locals=None, fromlist=(), level=0):
    result = real_import(name, globals, locals, fromlist, level)
    print(f"  __import__({name!r}, fromlist={fromlist!r}, level={level}) -> {result.__name__}")
    return result


builtins.__import__ = spy  # the statement looks __import__ up in builtins
print("The statements call __import__:")
import colors
from colors import PRIMARY
import os.path

builtins.__import__ = real_import

print("import colors bound what it returned:", colors is module)
print("from colors import PRIMARY bound its attribute:", PRIMARY is module.PRIMARY)
print("import os.path bound the top-level module:", os.__name__)
