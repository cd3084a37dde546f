"""Run one example in isolation: standard library only.

An example folder is copied into a fresh temporary folder and run there as
``python main.py`` (or ``python -m NAME``) by a clean interpreter, with a
clean environment, a timeout and an output cap; its output is normalised so
that it reads the same on every machine. The parts:

- :mod:`~importdemo.runner.run`: one run, asked for as a
  :class:`~importdemo.runner.run.RunRequest`, and its :class:`~importdemo.runner.run.RunResult`;
- :mod:`~importdemo.runner.interpreter`, :mod:`~importdemo.runner.discovery`,
  :mod:`~importdemo.runner.pythons`, :mod:`~importdemo.runner.interpreter_store`,
  :mod:`~importdemo.runner.clean_python`: which interpreters exist (each one's
  answers stored until it is reinstalled) and the package-free one each run uses;
- :mod:`~importdemo.runner.workspace`, :mod:`~importdemo.runner.environment`,
  :mod:`~importdemo.runner.process`: the sandbox copy, the clean environment,
  the bounded child process;
- :mod:`~importdemo.runner.normalise`: paths and addresses made machine-free;
- :mod:`~importdemo.runner.result_cache`, :mod:`~importdemo.runner.file_lock`:
  stored results, recalled while nothing they depend on changed;
- :mod:`~importdemo.runner.scheduler`: the one scheduler of runs that the
  pytest plugin, the Sphinx extension and ``update`` share;
- :mod:`~importdemo.runner.wasm`: CPython compiled to WebAssembly, under Node.

Nothing here imports pytest, Sybil or Sphinx (``ruff``'s banned-API rule
holds it to that).
"""
