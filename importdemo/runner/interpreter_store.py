"""Each interpreter's answers, remembered between runs while its files are unchanged.

Asking an interpreter what it is starts it, a few tenths of a second for
the handful found on a machine: every docs build and pytest session did
it. Its answer is kept in the user cache
(:func:`~importdemo.runner.clean_python.cache_root`, ``interpreters/``),
one file per executable, and recalled only while the executable's path,
its real file (after symlinks) and that file's size, modification time
(nanoseconds) and inode are those it was asked with, and so are those of
its standard library's ``os.py``. A reinstalled or upgraded Python
changes one of them, and is asked again. An entry that cannot be read, or
was written by another layout, is a miss; entries are written to a
temporary file and moved into place, so parallel processes can share them.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from typing import TYPE_CHECKING, Any

from importdemo.runner.clean_python import cache_root
from importdemo.runner.whole_files import write_whole

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ("recall_answer", "store_answer")

#: Bump when the answers or the entries change shape.
_LAYOUT = 1


def recall_answer(executable: str) -> dict[str, Any] | None:
    """The answer stored for *executable* (an absolute path), or ``None``.

    ``None`` too when the executable or its standard library changed since.
    """
    try:
        entry = json.loads(_entry(executable).read_text(encoding="utf-8"))
        if not isinstance(entry, dict) or entry.get("layout") != _LAYOUT:
            return None
        answer = entry["answer"]
        if entry["executable"] != _identity(executable) or entry["stdlib"] != _identity(
            os.path.join(answer["stdlib"], "os.py")
        ):
            return None
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return answer if isinstance(answer, dict) else None


def store_answer(executable: str, answer: dict[str, Any]) -> None:
    """Remember *answer*, what *executable* said it is. Never fails: a cache
    that cannot be written only means the next run asks again."""
    with contextlib.suppress(OSError, KeyError, TypeError):
        entry = {
            "layout": _LAYOUT,
            "executable": _identity(executable),
            "stdlib": _identity(os.path.join(answer["stdlib"], "os.py")),
            "answer": answer,
        }
        path = _entry(executable)
        path.parent.mkdir(parents=True, exist_ok=True)
        write_whole(path, json.dumps(entry))


def _entry(executable: str) -> Path:
    name = hashlib.sha256(executable.encode("utf-8", "surrogateescape")).hexdigest()[:20]
    return cache_root() / "interpreters" / f"{name}.json"


def _identity(path: str) -> list[Any]:
    """What changes when the file at *path* is replaced: raises OSError when it is gone."""
    real = os.path.realpath(path)
    found = os.stat(real)
    return [path, real, found.st_size, found.st_mtime_ns, found.st_ino]
