import sys


def which_finder(name):
    """The first finder on sys.meta_path that finds the top-level module `name`.

    Asks the finders in order, as the import statement does, without looking in
    sys.modules and without running the module. Returns (finder, spec), or None.
    """
    for finder in sys.meta_path:
        spec = finder.find_spec(name, None)
        if spec is not None:
            return finder, spec
    return None


for name in ("sys", "os", "json", "helpers", "no_such_module"):
    found = which_finder(name)
    if found is None:
        print(f"{name}: no finder found it")
        continue
    finder, spec = found
    finder_name = getattr(finder, "__name__", type(finder).__name__)  # some finders are classes
    print(f"{name}: {finder_name}, origin {spec.origin!r}")
print("'helpers' in sys.modules:", "helpers" in sys.modules, "(found, not run)")
