import os
import sys

import __main__


def shown(path):  # paths relative to the folder the command runs in
    return os.path.relpath(path, os.getcwd())


def main():
    print("  app.cli.main() runs, from", shown(__file__))
    print("  sys.path[0]:", shown(sys.path[0]))
    print(f"  __main__.__spec__: name {__main__.__spec__.name!r}, origin {shown(__main__.__spec__.origin)}")
