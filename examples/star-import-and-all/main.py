for module in ("with_all", "without_all"):
    namespace = {}  # a fresh namespace, to see exactly what the star binds
    exec(f"from {module} import *", namespace)
    names = sorted(name for name in namespace if name != "__builtins__")
    print(f"from {module} import * binds:", names)
