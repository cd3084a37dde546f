import importlib.abc
import importlib.util
import sys
import traceback

SOURCE = "def total(prices):\n    raise ValueError('no prices')\n"


class NoSource(importlib.abc.MetaPathFinder, importlib.abc.Loader):
    """Runs SOURCE for the names it serves; cannot give the source back."""

    names = {"calc_a": "dict:calc_a"}

    def find_spec(self, name, path, target=None):
        if name not in self.names:
            return None
        return importlib.util.spec_from_loader(name, self, origin=self.names[name])

    def exec_module(self, module):
        code = compile(SOURCE, module.__spec__.origin, "exec")  # the traceback's file name
        exec(code, module.__dict__)


class WithSource(NoSource):
    """The same, plus get_source(), which linecache asks for."""

    names = {"calc_b": "dict:calc_b", "calc_c": "<dict calc_c>"}

    def get_source(self, name):
        return SOURCE


sys.meta_path[0:0] = [NoSource(), WithSource()]
import calc_a, calc_b, calc_c

print("calc_b has a __file__:", hasattr(calc_b, "__file__"))

for module in calc_a, calc_b, calc_c:
    try:
        module.total([])
    except ValueError as error:
        frame = traceback.extract_tb(error.__traceback__)[-1]  # where it was raised
        print(f'File "{frame.filename}", line {frame.lineno}, in {frame.name}')
        print("   ", frame.line or "(no source line)")
