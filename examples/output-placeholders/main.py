import json

print("This file:", __file__)
print("A standard-library module:", json.__file__)
print("An object's address, padded to 16 hex digits:", f"{id(object()):#018x}")
import failing
