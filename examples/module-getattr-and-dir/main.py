import warnings

import config

warnings.simplefilter("always")
print("config.colour:", config.colour)
with warnings.catch_warnings(record=True) as caught:
    print("config.color:", config.color)
print("warning:", caught[0].message)
print("dir(config):", dir(config))
try:
    config.size
except AttributeError as error:
    print("AttributeError:", error)
