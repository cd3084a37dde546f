"""Writing a file in one step: a reader sees the old file or the new one, never part of one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ("write_whole",)


def write_whole(
    path: Path, data: str | bytes, *, mode: int | None = None, durable: bool = False
) -> None:
    """Write *data* (text as UTF-8) to *path* in one step.

    The data goes to a temporary file beside *path* (``.NAME.*.tmp``), which
    then replaces it, so processes that read and write *path* in parallel
    never see half a file. With *mode*, the new file gets those permission
    bits; with *durable*, its bytes reach the disk before it replaces *path*.
    Raises :exc:`OSError`; the temporary file never stays behind.
    """
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        text = isinstance(data, str)
        with open(handle, "w" if text else "wb", encoding="utf-8" if text else None) as file:
            if mode is not None:
                os.chmod(temporary, mode)
            file.write(data)
            if durable:
                file.flush()
                os.fsync(file.fileno())
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
