"""A clean Python per interpreter: a virtual environment that holds nothing.

An interpreter's own ``site-packages`` can hold ``.pth`` files that import
modules at start-up, and the test tooling's environment holds Sphinx and
friends. Examples must see neither, so each runs in a virtual environment
made with ``--without-pip`` from the interpreter's base installation: its
``sys.path`` has the standard library and one empty ``site-packages``, as on
a freshly installed CPython, and ``site`` still runs as usual.

The environments are made once and kept in a cache folder outside the source
tree (``$IMPORTDEMO_CACHE`` or ``~/.cache/importdemo``).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from importdemo.errors import ExampleError

if TYPE_CHECKING:
    from importdemo.runner.interpreter import Interpreter

__all__ = ("cache_root", "clean_python")

#: Bump when the layout of the clean environments changes.
_LAYOUT = "1"
#: Seconds that making one clean environment may take.
_VENV_TIMEOUT = 120


def cache_root() -> Path:
    """The folder where importdemo keeps what it makes once and reuses."""
    configured = os.environ.get("IMPORTDEMO_CACHE")
    if configured:
        return Path(configured)
    xdg = os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache")
    return Path(xdg) / "importdemo"


def clean_python(interpreter: Interpreter) -> Path:
    """Return the executable of the clean environment for *interpreter*.

    Safe to call from several processes at once: an environment is built in
    a private folder and moved into place in one step.
    """
    key = hashlib.sha256(
        f"{_LAYOUT}\0{interpreter.base_prefix}\0{interpreter.version}".encode()
    ).hexdigest()[:16]
    home = cache_root() / "pythons" / f"{interpreter.short_version}-{key}"
    executable = home / "bin" / "python"
    if executable.exists():
        return executable
    home.parent.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=".building-", dir=home.parent))
    try:
        try:
            made = subprocess.run(
                [str(interpreter.executable), "-I", "-m", "venv", "--without-pip", str(building)],
                capture_output=True,
                text=True,
                stdin=subprocess.DEVNULL,
                timeout=_VENV_TIMEOUT,
            )
        except subprocess.TimeoutExpired:
            raise ExampleError(
                f"making a clean environment with {interpreter.executable} took more than "
                f"{_VENV_TIMEOUT} seconds (python -m venv --without-pip); check that this "
                f"Python starts and that {home.parent} is on a disk with room and not "
                "too slow (IMPORTDEMO_CACHE moves it), then run again"
            ) from None
        except OSError as error:
            raise ExampleError(
                f"could not start {interpreter.executable} to make a clean environment: "
                f"{error.strerror or error}; check that this Python is still installed"
            ) from None
        if made.returncode != 0:
            raise ExampleError(
                f"could not make a clean environment with {interpreter.executable}: "
                f"{made.stderr.strip() or made.stdout.strip()}; "
                "check that its venv module works (python -m venv --help)"
            )
        try:
            building.rename(home)
        except OSError:
            if not executable.exists():  # lost a race only if the winner finished
                raise
    finally:
        shutil.rmtree(building, ignore_errors=True)
    return executable
