import sys

sys.path[1:1] = ["core", "extra"]

import plugins

print("plugins.__path__:", plugins.__path__)
try:
    import plugins.video
except ModuleNotFoundError as error:
    print("ModuleNotFoundError:", error)
