"""The one error a user of importdemo can meet, with the place at fault."""

from __future__ import annotations

import os
from pathlib import Path

__all__ = ("ExampleError", "shown_path")


class ExampleError(Exception):
    """A problem with an example or a page, reported with its file and line.

    The message says what was expected and what to do; :attr:`path` and
    :attr:`line` say where, when a place is known.
    """

    def __init__(
        self,
        message: str,
        *,
        path: str | Path | None = None,
        line: int | None = None,
    ) -> None:
        self.message = message
        self.path = Path(path) if path is not None else None
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        if self.path is None:
            return self.message
        where = str(self.path) if self.line is None else f"{self.path}:{self.line}"
        return f"{where}: {self.message}"


def shown_path(path: str | Path) -> str:
    """*path* as a message shows it: relative to the current folder where possible."""
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive, on Windows
        return str(path)
