"""Where a warning about a file that is not a page points: ``path:line``, shown as is.

Sphinx shows a warning's location first. A ``(docname, line)`` pair, or a
string without a colon, names a page: Sphinx adds the source suffix, so
``conf.py`` would be shown as ``conf.py.md``. A string with a colon is
shown as it is, so these give ``path:line``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sphinx.application import Sphinx

__all__ = ("file_location", "setting_location")


def file_location(path: str | Path, line: int = 1) -> str:
    """``path:line``, for a warning about *path* (at its start by default)."""
    return f"{path}:{line}"


def setting_location(app: Sphinx, name: str) -> str | None:
    """``conf.py:LINE`` where *name* is set, for a warning about it (``None``: set elsewhere)."""
    conf = Path(app.confdir) / "conf.py"
    try:
        lines = conf.read_text(encoding="utf-8").splitlines()
    except OSError:
        return None
    for number, line in enumerate(lines, start=1):
        if line.startswith(name) and line[len(name) :].lstrip().startswith("="):
            return file_location(conf, number)
    return None
