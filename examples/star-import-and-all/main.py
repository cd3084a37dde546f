import importlib

for name in ("without_all", "with_all"):
    module = importlib.import_module(name)
    defined = sorted(key for key in vars(module) if not key.startswith("__"))  # dunders aside
    namespace = {}  # a fresh namespace, to see exactly what the star binds
    exec(f"from {name} import *", namespace)
    bound = sorted(key for key in namespace if key != "__builtins__")
    print(f"{name} defines:", defined)
    print(f"from {name} import * binds:", bound)
