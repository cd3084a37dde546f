import sys
from importlib.machinery import PathFinder

# early/plugins/ has no __init__.py (a namespace portion); late/plugins/ has one.
sys.path[1:1] = ["early", "late"]
print("sys.path[1:3]:", sys.path[1:3])

alone = PathFinder.find_spec("plugins", ["early"])
print("early/ alone would make a namespace package: loader", alone.loader, "portions", list(alone.submodule_search_locations))

import plugins

print("plugins.__path__:", list(plugins.__path__))
import plugins.video

print(plugins.video.NAME)
try:
    import plugins.audio
except ModuleNotFoundError as error:
    print("ModuleNotFoundError:", error)
