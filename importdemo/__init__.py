"""Run the example programs of the importdemo site, isolated, and check their output.

The public API is small: :func:`run_example` runs one example folder and
returns a :class:`RunResult`; :class:`ExampleError` is what a bad example,
page or request raises.
"""

from importdemo.errors import ExampleError
from importdemo.runner.run import RunResult, run_example

__all__ = ("ExampleError", "RunResult", "__version__", "run_example")

#: The version of importdemo.
__version__ = "0.1.0"
