"""Make a fresh Pyodide interpreter run a program as ``python main.py`` does.

One file, run by both places that run examples in WebAssembly: the runner's
Node.js worker (``worker.mjs``) and the site's browser worker
(``importdemo-live-worker.js``, which the docs build ships this file beside).
Each executes this code in a namespace of its own, then calls
:func:`prepare_snapshot` in a new interpreter before its memory snapshot is
taken, and :func:`prepare_run` in each interpreter restored from it, just
before CPython's own main runs the program; the function that
:func:`prepare_run` returns is called when the program ends.

It runs inside the example's interpreter, so it imports only modules that
are loaded at start-up (never :mod:`typing` or :mod:`__future__`: a traced
run would show the import).
"""

import atexit
import os
import sys

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing would show
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from types import TracebackType

__all__ = ("prepare_run", "prepare_snapshot")


def prepare_snapshot(scratch: str) -> None:
    """Point ``HOME`` and ``TMPDIR`` at the run's *scratch* folder, as the runner does."""
    os.environ["HOME"] = os.environ["TMPDIR"] = scratch


def prepare_run(environment: "Iterable[str]") -> "Callable[[], int | None]":
    """Set up a restored interpreter; return what to call when the program ends.

    *environment* names the variables the program may see besides ``HOME``
    and ``TMPDIR``: the runner's fixed ones. The returned function runs the
    ``atexit`` functions, flushes, and returns the exit status that a
    :exc:`SystemExit` asked for, or ``None`` when none was raised.
    """
    # Pyodide sets __main__ again when it restores an interpreter.
    sys.modules["__main__"].__dict__.pop("_pyodide_core", None)
    # Pyodide puts "" (the current folder) first on sys.path for its console,
    # once more at each restore; python main.py puts the script's folder there,
    # which CPython's main does next, so "" goes.
    sys.path[:] = [entry for entry in sys.path if entry != ""]
    # The program sees the runner's fixed environment and nothing that
    # Emscripten or Pyodide add (USER, PWD, PYTHONINSPECT, ...).
    for name in set(os.environ) - {"HOME", "TMPDIR", *environment}:
        del os.environ[name]
    # Pyodide turns bytecode caching off (a browser has nowhere to keep it); a
    # native python main.py writes __pycache__, and so does this run (into the
    # example's temporary copy), so that imports show the same loading steps.
    sys.dont_write_bytecode = False
    status: list[int | None] = [None]
    show = sys.excepthook

    # Pyodide starts CPython with sys.flags.inspect set (for its console), so an
    # uncaught SystemExit would print a traceback: handle it as CPython's main does.
    def hook(kind: "type[BaseException]", value: BaseException, tb: "TracebackType | None") -> None:
        if not issubclass(kind, SystemExit):
            show(kind, value, tb)
            return
        assert isinstance(value, SystemExit)
        code = value.code
        if code is None:
            status[0] = 0
        elif isinstance(code, int):
            status[0] = code & 0xFF
        else:
            print(code, file=sys.stderr)
            status[0] = 1

    sys.excepthook = hook

    # What CPython does when the program ends; defined now, so that running it
    # imports nothing (a traced run would show the import).
    def finish() -> "int | None":
        atexit._run_exitfuncs()
        sys.stdout.flush()
        sys.stderr.flush()
        return status[0]

    return finish
