import importlib.machinery
import importlib.util
import pathlib
import sys

path = str(pathlib.Path(__file__).parent / "scripts" / "release")

spec = importlib.util.spec_from_file_location("release", path)
print("spec without a loader:", spec)  # no loader knows the suffix

loader = importlib.machinery.SourceFileLoader("release", path)
spec = importlib.util.spec_from_file_location("release", path, loader=loader)
print("spec with a loader:", type(spec.loader).__name__, "for", spec.origin)
module = importlib.util.module_from_spec(spec)
sys.modules["release"] = module
spec.loader.exec_module(module)
print("release.VERSION:", module.VERSION)
