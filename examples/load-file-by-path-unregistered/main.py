import dataclasses
import importlib.util
import pathlib
import pickle
import sys
import typing

PLUGINS = pathlib.Path(__file__).parent / "plugins"


def load_unregistered(name, path):
    """Like load() in load-file-by-path, but without the sys.modules line."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


try:
    plugin = load_unregistered("my_plugin", PLUGINS / "my-plugin.py")
except AttributeError as error:
    print("@dataclass failed:", repr(error))
else:
    print("@dataclass ran; fields:", [field.name for field in dataclasses.fields(plugin.Point)])

shapes = load_unregistered("shapes", PLUGINS / "shapes.py")
print("'shapes' in sys.modules:", "shapes" in sys.modules)
try:
    pickle.dumps(shapes.Point(1, 2))
except pickle.PicklingError as error:
    print("pickle failed:", repr(error))
try:
    typing.get_type_hints(shapes.Point)
except (NameError, KeyError) as error:
    print("get_type_hints failed:", repr(error))
