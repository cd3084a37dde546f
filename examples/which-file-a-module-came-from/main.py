import json
import os
import sys

import plugins  # a folder without __init__.py: a namespace package


def describe(module):
    spec = module.__spec__
    loader = spec.loader
    print(module.__name__)
    print("  __file__:", getattr(module, "__file__", "(not set)"))
    print("  __spec__.origin:", spec.origin)
    print("  loader:", (loader if isinstance(loader, type) else type(loader)).__name__)


describe(json)  # a source file
describe(sys)  # compiled into the interpreter
describe(os)  # frozen into the interpreter since 3.11
describe(plugins)
print("  __path__:", list(plugins.__path__))
