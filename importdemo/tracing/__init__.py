"""Tracing the import system inside an example's own process.

:mod:`importdemo.tracing.importlib_bootstrap_trace` runs in the example's interpreter and
writes one line per step; :mod:`importdemo.tracing.timeline` reads those
lines back for the site.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ("PREFIX", "TRACER_FOLDER", "UNSUPPORTED", "UNSUPPORTED_STATUS", "trace_command")

#: The script that installs the trace and then runs the example.
_BOOTSTRAP = Path(__file__).with_name("importlib_bootstrap_trace.py")
#: The folder a runtime with a file system of its own must see for a trace.
TRACER_FOLDER = _BOOTSTRAP.parent

#: What every trace line starts with, and no line of an example's own output.
PREFIX = "\u2502 "

#: How a traced run starts when its CPython lacks the private importlib names
#: the tracer patches (checked before the example runs); the line goes on with
#: ``3.X: what is missing; what to do``.
UNSUPPORTED = "importdemo: tracing is not supported on "
#: The exit status of such a run.
UNSUPPORTED_STATUS = 2


def trace_command(entry: list[str], *, show_all: bool = False) -> list[str]:
    """The interpreter arguments that run *entry* (``main.py ...`` or ``-m M ...``) traced."""
    path = str(_BOOTSTRAP)
    launch = f"exec(compile(open({path!r}, encoding='utf-8').read(), {path!r}, 'exec'))"
    return ["-c", launch, *(["--all"] if show_all else []), *entry]
