"""An exclusive lock on a file, so that two processes do not do the same work at once."""

from __future__ import annotations

import contextlib
import os
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows: no fcntl, and no lock
    fcntl = None  # type: ignore[assignment]

__all__ = ("locked",)


@contextlib.contextmanager
def locked(path: Path) -> Iterator[None]:
    """Hold an exclusive lock on *path* (created if missing) while the block runs.

    Another process that asks for the same lock waits until the block ends,
    or until the process holding it dies: the system releases it then. Two
    pytest-xdist workers that need the same run thus run it once, the
    second recalling the first's result. Where files cannot be locked (no
    ``fcntl``, or a folder that cannot be written), nothing waits.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        yield
        return
    try:
        if fcntl is not None:
            fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)  # closing the file releases the lock
