"""What the runner needs to know about a Python interpreter, asked of it once.

The answer is remembered in the user cache while the interpreter's files
are unchanged (see :mod:`importdemo.runner.interpreter_store`), so a later
process does not start it again to ask.
"""

from __future__ import annotations

import contextlib
import json
import shutil
import subprocess
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from importdemo.errors import ExampleError
from importdemo.runner.interpreter_store import recall_answer, store_answer

__all__ = ("Interpreter", "inspect_interpreter")

_QUESTIONS = """\
import json, platform, sys, sysconfig
print(json.dumps({
    "implementation": sys.implementation.name,
    "version": list(sys.version_info[:3]),
    "release": platform.python_version(),
    "base_prefix": sys.base_prefix,
    "stdlib": sysconfig.get_paths()["stdlib"],
}))
"""


@dataclass(frozen=True)
class Interpreter:
    """A Python interpreter that examples can run on."""

    executable: Path
    """The executable as found on disk (absolute, symlinks kept)."""
    implementation: str
    """``sys.implementation.name``, for example ``"cpython"``."""
    version: tuple[int, int, int]
    """``sys.version_info[:3]``."""
    release: str
    """The exact release, as :func:`platform.python_version` says it:
    ``"3.11.7"``, ``"3.15.0rc1"``. Pages name it wherever they say "verified".
    """
    base_prefix: Path
    """``sys.base_prefix``: the installation, outside any virtual environment."""
    stdlib: Path
    """The standard library's directory, shown as ``<stdlib>`` in outputs."""
    webassembly: bool = False
    """CPython compiled to WebAssembly, run under Node.js (then
    :attr:`executable` is ``node`` and :attr:`base_prefix` the runtime's folder).
    """

    @property
    def short_version(self) -> str:
        """``"3.11"`` for 3.11.7: the name used in test ids and on pages."""
        return f"{self.version[0]}.{self.version[1]}"

    @property
    def name(self) -> str:
        """``"3.11"``, or ``"3.14-wasm"`` for WebAssembly: how test ids and pages name it."""
        return f"{self.short_version}-wasm" if self.webassembly else self.short_version

    @property
    def spec(self) -> str:
        """What ``--python`` takes to run on it again: its path, or ``wasm:3.14``."""
        return f"wasm:{self.short_version}" if self.webassembly else str(self.executable)

    @property
    def label(self) -> str:
        """``"3.11.7"``, or ``"3.14.2 (WebAssembly)"``: the exact release, as pages say it."""
        return f"{self.release} (WebAssembly)" if self.webassembly else self.release


def inspect_interpreter(python: str | None = None) -> Interpreter:
    """Ask *python* (a path or a command on ``PATH``) what it is.

    Without *python*, the interpreter running importdemo is used.
    Raises :class:`~importdemo.errors.ExampleError` when it cannot be run.
    """
    import sys

    executable = python if python is not None else sys.executable
    found = shutil.which(executable)
    if found is None:
        raise ExampleError(
            f"no Python interpreter {executable!r}: give a path to an executable "
            "or a command on PATH, such as python3.12"
        )
    return _inspect(str(Path(found).absolute()))


@cache
def _inspect(executable: str) -> Interpreter:
    recalled = recall_answer(executable)
    if recalled is not None:
        with contextlib.suppress(LookupError, TypeError, ValueError):  # a damaged entry
            return _interpreter(executable, recalled)
    facts = _ask(executable)
    store_answer(executable, facts)
    return _interpreter(executable, facts)


def _interpreter(executable: str, facts: dict[str, Any]) -> Interpreter:
    return Interpreter(
        executable=Path(executable),
        implementation=str(facts["implementation"]),
        version=(int(facts["version"][0]), int(facts["version"][1]), int(facts["version"][2])),
        release=str(facts["release"]),
        base_prefix=Path(facts["base_prefix"]),
        stdlib=Path(facts["stdlib"]),
    )


def _ask(executable: str) -> dict[str, Any]:
    """Start *executable* and read its answers to :data:`_QUESTIONS`."""
    try:
        answer = subprocess.run(
            [executable, "-I", "-S", "-c", _QUESTIONS],
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
            stdin=subprocess.DEVNULL,
        )
        facts = json.loads(answer.stdout)
        if not isinstance(facts, dict):
            raise ValueError(f"unexpected answer {answer.stdout.strip()!r}")
    except (OSError, subprocess.SubprocessError, ValueError) as error:
        raise ExampleError(
            f"{executable} did not answer as a Python 3 interpreter ({error}); "
            "give the path of a python3.9 or newer"
        ) from None
    return facts
