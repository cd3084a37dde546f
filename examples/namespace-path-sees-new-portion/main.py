import sys

sys.path.insert(1, "core")  # core/plugins/ has no __init__.py: a portion

import plugins.audio

print("plugins.__path__:", list(plugins.__path__))
try:
    import plugins.video
except ModuleNotFoundError as error:
    print("ModuleNotFoundError:", error)

sys.path.append("later")  # later/plugins/ is another portion of plugins

print("plugins.__path__ now:", list(plugins.__path__))  # recomputed from sys.path
import plugins.video
