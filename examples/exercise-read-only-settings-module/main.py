import sys
import types


class ReadOnlyModule(types.ModuleType):
    def __setattr__(self, name, value):
        raise AttributeError(f"{self.__name__}.{name} is read-only")

    def __delattr__(self, name):
        raise AttributeError(f"{self.__name__}.{name} is read-only")


def make_settings_module(name, values):
    """Make a read-only module from a dict, and make it importable."""
    module = ReadOnlyModule(name, f"Settings made from a dict of {len(values)} values.")
    vars(module).update(values)  # fill its __dict__: __setattr__ is not called
    sys.modules[name] = module
    return module


make_settings_module("settings", {"DEBUG": False, "WORKERS": 4})

import settings
from settings import WORKERS

print("settings.__doc__:", settings.__doc__)
print("settings.DEBUG:", settings.DEBUG, "| WORKERS:", WORKERS)
try:
    settings.DEBUG = True
except AttributeError as error:
    print("settings.DEBUG = True: AttributeError:", error)
