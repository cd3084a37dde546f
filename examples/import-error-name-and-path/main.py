import sys


def show(error):
    print(f"  {type(error).__name__}: {error}")
    print("  .name:", repr(error.name))
    print("  .path:", repr(error.path))
    if hasattr(error, "name_from"):  # Python 3.12 and later
        print("  .name_from:", repr(error.name_from))
    else:
        print("  .name_from: (no such attribute)")


print("import no_such_module")
try:
    import no_such_module
except ImportError as error:
    show(error)

print("import shop.no_such_module")
try:
    import shop.no_such_module
except ImportError as error:
    show(error)
    print("  'shop' in sys.modules:", "shop" in sys.modules)

print("import no_package.module")
try:
    import no_package.module
except ImportError as error:
    show(error)

print("from settings import vaule")
try:
    from settings import vaule
except ImportError as error:
    show(error)
