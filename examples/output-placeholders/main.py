import json

print("This file:", __file__)
print("A standard-library module:", json.__file__)
print("An object, with its address:", object())
import failing
