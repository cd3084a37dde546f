import importlib


def from_import(module_name, name, alias, namespace):
    """Do what `from module_name import name as alias` does in `namespace`."""
    module = importlib.import_module(module_name)  # imports the parents too; binds nothing
    if hasattr(module, "__path__") and not hasattr(module, name):
        full_name = f"{module_name}.{name}"  # a package: try a submodule of that name
        try:
            importlib.import_module(full_name)  # sets it as an attribute of the package
        except ModuleNotFoundError as error:
            if error.name != full_name:  # something inside the submodule is missing
                raise
    try:
        namespace[alias] = getattr(module, name)  # bind the alias, and nothing else
    except AttributeError:
        raise ImportError(f"cannot import name {name!r} from {module_name!r}") from None


def check(module_name, name, alias):
    statement = f"from {module_name} import {name} as {alias}"
    print(statement)
    mine, theirs = {}, {}
    from_import(module_name, name, alias, mine)
    exec(statement, theirs)  # the statement itself, run in a fresh namespace
    del theirs["__builtins__"]  # which exec adds
    same = all(mine[key] is theirs[key] for key in mine)
    print("  By hand:", list(mine), " the statement:", list(theirs), " same objects:", same)


check("shop.cart", "TAX", "rate")
check("shop.cart", "totals", "t")
try:
    from_import("shop.cart", "nothing", "x", {})
except ImportError as error:
    print("By hand, ImportError:", error)
try:
    from shop.cart import nothing as x
except ImportError as error:
    print("The statement, ImportError:", error)
