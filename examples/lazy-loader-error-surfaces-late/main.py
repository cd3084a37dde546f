import sys

from lazy import lazy_import

settings = lazy_import("settings")
print("lazy_import('settings') returned without an error")

try:
    settings.DEBUG
except RuntimeError as error:
    print("The first attribute access raised RuntimeError:", error)

print("'settings' still in sys.modules:", "settings" in sys.modules)
print("A second access raises nothing:", settings.DEBUG)
try:
    settings.TIMEOUT
except AttributeError as error:
    print("AttributeError:", error)

try:
    lazy_import("no_such_module")
except ModuleNotFoundError as error:
    print("A missing module is reported at once:", error)
