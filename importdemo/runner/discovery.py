"""Finding the CPython interpreters installed on this machine."""

from __future__ import annotations

import os
import re
import shutil
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from importdemo.errors import ExampleError
from importdemo.runner.interpreter import Interpreter, inspect_interpreter
from importdemo.versions import SUPPORTED

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator, Sequence

__all__ = ("find_interpreters",)

_OLDEST = SUPPORTED[0]
_VERSION_FOLDER = re.compile(r"^3\.(\d+)\.\d+$")
#: Interpreters started at once to ask what they are.
_MOST_AT_ONCE = 8
_T = TypeVar("_T")


def find_interpreters(chosen: Sequence[str] = ()) -> list[Interpreter]:
    """One CPython per minor version, 3.9 or newer, oldest first.

    With *chosen* (paths or commands), exactly those are used, and one that
    cannot be run is an :class:`ExampleError`. Without, every CPython found
    is used: the one running importdemo, ``python3.X`` commands on ``PATH``
    and the versions installed by pyenv (``$PYENV_ROOT/versions``).

    The interpreters are asked what they are all at once, each in a thread,
    and only those whose answer is not remembered from an earlier run
    (see :mod:`importdemo.runner.interpreter_store`) are started.
    """
    if chosen:
        found = _in_parallel(inspect_interpreter, chosen)
    else:
        answers = _in_parallel(_try_inspect, list(_candidates()))
        found = [interpreter for interpreter in answers if interpreter is not None]
    by_version: dict[tuple[int, int], Interpreter] = {}
    for interpreter in found:
        minor = (interpreter.version[0], interpreter.version[1])
        if interpreter.implementation == "cpython" and minor >= _OLDEST:
            by_version.setdefault(minor, interpreter)
    return [by_version[minor] for minor in sorted(by_version)]


def _in_parallel(ask: Callable[[str], _T], pythons: Sequence[str]) -> list[_T]:
    """``[ask(python) for python in pythons]``, asked at once; the first error is raised."""
    if len(pythons) < 2:
        return [ask(python) for python in pythons]
    with ThreadPoolExecutor(max_workers=min(_MOST_AT_ONCE, len(pythons))) as pool:
        return list(pool.map(ask, pythons))


def _try_inspect(python: str) -> Interpreter | None:
    try:
        return inspect_interpreter(python)
    except ExampleError:
        return None


def _candidates() -> Iterator[str]:
    yield sys.executable
    shims = _pyenv_root() / "shims"
    for minor in range(_OLDEST[1], 30):
        command = shutil.which(f"python3.{minor}")
        if command and Path(command).parent != shims:
            yield command
    for folder in sorted(_pyenv_versions(), key=lambda folder: _version_key(folder) or 0):
        executable = folder / "bin" / "python3"
        if executable.exists():
            yield str(executable)


def _pyenv_root() -> Path:
    return Path(os.environ.get("PYENV_ROOT") or Path.home() / ".pyenv")


def _pyenv_versions() -> list[Path]:
    versions = _pyenv_root() / "versions"
    if not versions.is_dir():
        return []
    return [folder for folder in versions.iterdir() if _version_key(folder) is not None]


def _version_key(folder: Path) -> int | None:
    match = _VERSION_FOLDER.match(folder.name)
    return int(match.group(1)) if match and int(match.group(1)) >= _OLDEST[1] else None
