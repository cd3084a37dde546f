import sys


def star_import(name):
    namespace = {}  # a fresh namespace, to see exactly what the star binds
    exec(f"from {name} import *", namespace)
    return sorted(key for key in namespace if key != "__builtins__")


def submodules(name):
    return sorted(key for key in sys.modules if key.startswith(name + "."))


print("from with_all import * binds:", star_import("with_all"))
print("  submodules imported:", submodules("with_all"))

print("from without_all import * binds:", star_import("without_all"))
print("  submodules imported:", submodules("without_all"))

import without_all.beta  # now beta is an attribute of without_all

print("After import without_all.beta, the star binds:", star_import("without_all"))
