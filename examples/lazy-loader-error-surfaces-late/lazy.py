"""lazy_import(): the recipe of the page, in a module of its own."""

import importlib.util
import sys


def lazy_import(name):
    """Import NAME lazily: find it now, run it on first attribute access."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    if spec is None:
        raise ModuleNotFoundError(f"No module named {name!r}", name=name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)  # executes nothing yet
    return module
