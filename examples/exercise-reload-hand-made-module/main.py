import importlib
import sys
import types

scratch = types.ModuleType("scratch")
scratch.VALUE = 1

try:
    importlib.reload(scratch)
except ImportError as error:
    print("1.", type(error).__name__ + ":", error)

sys.modules["scratch"] = scratch
try:
    importlib.reload(scratch)
except ImportError as error:
    print("2.", type(error).__name__ + ":", error)
print("3. scratch.VALUE:", scratch.VALUE)
