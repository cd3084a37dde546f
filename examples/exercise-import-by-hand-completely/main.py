import importlib.util
import sys


def import_by_hand(name):
    """What `import name` does before it binds a name (the import lock left out)."""
    if name in sys.modules:  # look in the cache
        module = sys.modules[name]
        if module is None:
            raise ModuleNotFoundError(f"import of {name} halted; None in sys.modules", name=name)
        return module
    parent_name, _, child = name.rpartition(".")
    path = None
    if parent_name:
        path = import_by_hand(parent_name).__path__  # the parent package comes first
    for finder in sys.meta_path:  # find
        spec = finder.find_spec(name, path)
        if spec is not None:
            break
    else:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)
    module = importlib.util.module_from_spec(spec)  # create
    sys.modules[name] = module  # cache
    try:
        spec.loader.exec_module(module)  # execute
    except BaseException:
        del sys.modules[name]  # a failed module leaves the cache
        raise
    module = sys.modules[name]  # re-read: the module may have replaced itself
    if parent_name:
        setattr(sys.modules[parent_name], child, module)  # the submodule becomes an attribute
    return module


settings = import_by_hand("app.settings")
print("app.settings is an attribute of app:", sys.modules["app"].settings is settings)
import app.settings

print("The import statement finds the same object:", app.settings is settings)

print("constants is a", type(import_by_hand("constants")).__name__)

try:
    import_by_hand("broken")
except RuntimeError as error:
    print("RuntimeError:", error)
print("'broken' in sys.modules:", "broken" in sys.modules)
