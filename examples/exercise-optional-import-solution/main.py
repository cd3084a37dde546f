import sys

from optional import optional_import

sys.modules["blocked"] = None  # how tests pretend a module is not installed

for name in ("json", "ultra_json", "shop.no_such_module", "no_package.module",
             "blocked", "fast_json", "buggy"):
    try:
        module = optional_import(name)
    except Exception as error:
        print(f"{name}: raises {type(error).__name__}: {error}")
    else:
        print(f"{name}: {'None' if module is None else 'the module ' + module.__name__}")
