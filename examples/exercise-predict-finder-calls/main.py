import sys


class Spy:
    """A meta path finder that only reports what it is asked."""

    def find_spec(self, name, path, target=None):
        print(f"  find_spec({name!r}, {path!r})")
        return None


sys.meta_path.insert(0, Spy())
print("import pkg.sub")
import pkg.sub

print("import pkg.sub (again)")
import pkg.sub

print("from pkg import sub")
from pkg import sub

print("import nothing_here")
try:
    import nothing_here
except ModuleNotFoundError as error:
    print("ModuleNotFoundError:", error)
