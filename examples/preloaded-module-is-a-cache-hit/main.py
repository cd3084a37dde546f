import sys


class Spy:
    """A meta path finder that reports each name it is asked about."""

    def find_spec(self, name, path, target=None):
        print(f"  a finder is asked for {name!r}")
        return None  # let the usual finders answer


for name in ("codecs", "io", "os", "site"):
    print(f"{name} in sys.modules before main.py imports it:", name in sys.modules)

spy = Spy()
sys.meta_path.insert(0, spy)
print("import os")
import os  # a cache hit: no finder is asked, ./os.py is never looked at

print("os comes from:", os.__file__)
print("import errno")
import errno  # not imported yet: the finders are asked, the spy first

print("errno comes from:", errno.__spec__.origin)
sys.meta_path.remove(spy)

# os is imported at start-up by the site module, which -S turns off.
import subprocess

code = "import sys; print('With python -S, os in sys.modules at start-up:', 'os' in sys.modules)"
print(subprocess.run([sys.executable, "-S", "-c", code], capture_output=True, text=True).stdout, end="")
