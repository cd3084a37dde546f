print("__name__:", repr(__name__))
if __spec__ is None:
    print("__spec__: None")
else:
    print(f"__spec__: name {__spec__.name!r}, parent {__spec__.parent!r}")
print("__package__:", repr(__package__))

try:
    from . import helpers
except ImportError as error:
    print("from . import helpers: ImportError:", error)
import helpers  # absolute: found through sys.path[0], this folder

print("import helpers:", helpers.WHERE)
