import sys


def show(error, name):
    print(f"  {type(error).__name__}: {error}")
    print("  an ImportError:", isinstance(error, ImportError))
    if isinstance(error, ImportError):
        print("  .name:", repr(error.name))
    print(f"  {name!r} in sys.modules:", name in sys.modules)


print("import config")
try:
    import config
except Exception as error:
    show(error, "config")

print("import report")
try:
    import report
except Exception as error:
    show(error, "report")
