import os
import sys

import helpers  # absolute: found in sys.path[0], the folder or the zip file itself


def shown(path):  # paths relative to the folder the command runs in
    return os.path.relpath(path, os.getcwd())


print("  sys.path[0]:", shown(sys.path[0]))
print(f"  __name__: {__name__!r}, __spec__.name: {__spec__.name!r}, __package__: {__package__!r}")
print(f"  __spec__.origin: {shown(__spec__.origin)}, loader: {type(__spec__.loader).__name__}")
print("  import helpers:", shown(helpers.__file__))
