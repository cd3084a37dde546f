import importlib.util
import pathlib
import sys

path = pathlib.Path(__file__).parent / "plugins" / "my-plugin.py"
spec = importlib.util.spec_from_file_location("my_plugin", path)
module = importlib.util.module_from_spec(spec)
sys.modules["my_plugin"] = module  # optional, but lets the module be found again
spec.loader.exec_module(module)

print(module.run())
print("module.__file__:", module.__file__)
