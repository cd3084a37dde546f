import constants

print("constants is a", type(constants).__name__)
print("constants.PI =", constants.PI)
try:
    constants.PI = 3
except AttributeError as error:
    print("AttributeError:", error)
