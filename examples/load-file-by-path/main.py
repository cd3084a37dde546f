import dataclasses
import importlib.util
import pathlib
import pickle
import sys
import typing


def load(name, path):
    """Import the file at PATH as the module NAME, as an import statement would."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # before running it: its code may look itself up
    try:
        spec.loader.exec_module(module)
    except BaseException:
        del sys.modules[name]  # like import: no half-run module left behind
        raise
    return module


plugin = load("my_plugin", pathlib.Path(__file__).parent / "plugins" / "my-plugin.py")
print("module.__file__:", plugin.__file__)
import my_plugin  # found in sys.modules, under the name it was given

print("import my_plugin gives the same module:", my_plugin is plugin)
point = plugin.Point(1, 2)
print("a dataclass instance:", point)
print("its fields:", [field.name for field in dataclasses.fields(point)])
print("pickled and back:", pickle.loads(pickle.dumps(point)))
print("type hints:", typing.get_type_hints(plugin.Point))
