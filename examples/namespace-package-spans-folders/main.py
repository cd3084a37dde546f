import sys

sys.path[1:1] = ["core", "extra"]  # two folders, each with a plugins/ without __init__.py

import plugins.audio
import plugins.video

print(plugins.audio.NAME)
print(plugins.video.NAME)
print("plugins.__file__:", plugins.__file__)  # set, to None: no single file
print("plugins.__path__:", list(plugins.__path__))
print(plugins)
