"""A fresh, private copy of an example folder for one run."""

from __future__ import annotations

import os
import shutil
import stat
import sys
import tempfile
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from importdemo.errors import ExampleError

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ("example_copy",)

_LEFT_BEHIND = shutil.ignore_patterns("__pycache__", "*.pyc")


@contextmanager
def example_copy(folder: Path) -> Iterator[tuple[Path, Path]]:
    """Copy *folder* into a new temporary folder; yield ``(copy, scratch)``.

    The copy keeps the folder's name (so ``<example>`` stands for the same
    thing in every output) and leaves out any ``__pycache__``, so each run
    starts without bytecode. Symbolic links are copied as links; a link that
    leads out of the folder is refused. *scratch* is an empty folder for
    ``HOME`` and ``TMPDIR``. Both are removed afterwards, whatever happened.
    """
    _refuse_links_out_of(folder)
    root = Path(tempfile.mkdtemp(prefix="importdemo-"))
    try:
        copy = root / folder.name
        shutil.copytree(folder, copy, symlinks=True, ignore=_LEFT_BEHIND)
        scratch = root / ".scratch"
        scratch.mkdir()
        yield copy, scratch
    finally:
        _remove(root)


def _refuse_links_out_of(folder: Path) -> None:
    top = folder.resolve()
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in dirnames + filenames:
            path = Path(dirpath, name)
            if path.is_symlink():
                target = path.resolve()
                if target != top and top not in target.parents:
                    raise ExampleError(
                        f"the symbolic link {name} leads out of the example folder "
                        f"(to {target}); examples must be self-contained, so copy "
                        "the file into the folder instead",
                        path=path,
                    )


def _remove(root: Path) -> None:
    if sys.version_info >= (3, 12):
        shutil.rmtree(root, onexc=_make_writable_and_retry)
    else:
        shutil.rmtree(root, onerror=_make_writable_and_retry)


def _make_writable_and_retry(function: Any, path: str, _error: Any) -> None:
    """An example may leave read-only files or folders; remove them anyway."""
    parent = os.path.dirname(path)
    os.chmod(parent, os.stat(parent).st_mode | stat.S_IWUSR | stat.S_IXUSR)
    if os.path.isdir(path) and not os.path.islink(path):
        os.chmod(path, os.stat(path).st_mode | stat.S_IRWXU)
    with suppress(FileNotFoundError):
        function(path)
