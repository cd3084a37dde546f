"""Remember runs by what they depend on, so an unchanged example is not run again.

A result is keyed on the bytes of every file of the example folder, the
command (module and arguments), the interpreter's installation and version,
and importdemo's own version; never on file times. Entries are written to a
temporary file and moved into place, so parallel builds can share a cache.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict
from typing import TYPE_CHECKING

from importdemo import __version__
from importdemo.example_folders import example_files
from importdemo.pythons import python_for
from importdemo.runner import RunResult, run_example

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

__all__ = ("cached_run",)


def cached_run(
    folder: Path,
    *,
    cache: Path,
    python: str | None = None,
    module: str | None = None,
    args: Sequence[str] = (),
    trace: bool = False,
) -> RunResult:
    """:func:`~importdemo.runner.run_example`, or its stored result when nothing changed."""
    interpreter = python_for(python)
    digest = hashlib.sha256()
    identity = (str(interpreter.base_prefix), interpreter.release, str(interpreter.webassembly))
    for part in (__version__, *identity):
        digest.update(part.encode() + b"\0")
    digest.update(json.dumps([module, list(args), trace]).encode() + b"\0")
    for relative in example_files(folder):
        digest.update(relative.as_posix().encode() + b"\0")
        digest.update((folder / relative).read_bytes() + b"\0")
    entry = cache / f"{digest.hexdigest()}.json"
    if entry.exists():
        stored = json.loads(entry.read_text(encoding="utf-8"))
        return RunResult(
            output=stored["output"],
            exit_status=stored["exit_status"],
            duration=stored["duration"],
            interpreter=interpreter,
            not_runnable=stored.get("not_runnable", ""),
        )
    result = run_example(folder, python=python, module=module, args=args, trace=trace)
    cache.mkdir(parents=True, exist_ok=True)
    record = {key: value for key, value in asdict(result).items() if key != "interpreter"}
    handle, temporary = tempfile.mkstemp(dir=cache, suffix=".tmp")
    with os.fdopen(handle, "w", encoding="utf-8") as file:
        json.dump(record, file)
    os.replace(temporary, entry)
    return result
