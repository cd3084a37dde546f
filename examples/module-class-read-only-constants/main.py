import types

import constants

print("type(constants):", type(constants).__name__)
print("still a module:", isinstance(constants, types.ModuleType))
print("constants.PI:", constants.PI)
for attempt in ("constants.PI = 3", "del constants.E", "constants.TAU = 6.28"):
    try:
        exec(attempt)
    except AttributeError as error:
        print(f"{attempt}: AttributeError: {error}")

constants.recalibrate()
print("after constants.recalibrate(): constants.PI =", constants.PI)
vars(constants)["PI"] = 3.14159  # the module's __dict__ is not guarded either
print("after writing vars(constants) directly: constants.PI =", constants.PI)

plain = types.ModuleType("plain")
try:
    plain.__class__ = dict  # only a ModuleType subclass is allowed
except TypeError as error:
    print("plain.__class__ = dict: TypeError: ... or", str(error).split(" or ")[-1])
