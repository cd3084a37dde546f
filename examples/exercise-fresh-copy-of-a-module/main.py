import importlib.util
import sys

import counter


def fresh_copy(module):
    """A new module object, made by the module's own loader from its spec."""
    copy = importlib.util.module_from_spec(module.__spec__)  # the loader's create_module
    module.__spec__.loader.exec_module(copy)  # runs the module's code in the new object
    return copy


counter.bump()
counter.bump()
copy = fresh_copy(counter)
print("copy is counter:", copy is counter)
print("counter.COUNT:", counter.COUNT, "| copy.COUNT:", copy.COUNT)
print("sys.modules['counter'] is still the first one:", sys.modules["counter"] is counter)
print("copy.bump is counter.bump:", copy.bump is counter.bump)
copy.bump()
print("after copy.bump(): counter.COUNT:", counter.COUNT, "| copy.COUNT:", copy.COUNT)
