"""Files a build puts in the site, written again only when what goes into them changed.

The downloads, the notebooks and the runtimes' copies are the same bytes
from one build to the next unless a page, an example or a run changed;
writing them all (compressing every zip, copying 40 MB of runtimes) cost
more than the rest of an incremental build. So each is written with a
*key*: a digest of everything it is made from (its entries' bytes, a
runtime's lock file...), never a file time. The build records, beside its
doctrees (``importdemo-written.json``), each file's key and the file as it
was left (size, time and inode, as Git's index does); a later build skips a
file whose key is the same and that is still the file it wrote. A new key,
a file changed or removed since, or a record that is missing or unreadable
(a fresh doctree folder): the file is written again.

A file made from answers the build gives (where a cross-reference leads)
keeps the questions it asked with its record (:meth:`WrittenFiles.questions`):
the next build asks them again, and the answers go into the key.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import weakref
from pathlib import Path
from typing import TYPE_CHECKING, Any

from importdemo.runner.whole_files import write_whole

if TYPE_CHECKING:
    from sphinx.application import Sphinx

__all__ = ("WrittenFiles", "content_key", "setup_written_files", "source_key", "written_files")

#: The record's name, in the build's doctree folder.
RECORD = "importdemo-written.json"
_VERSION = 1
#: The importdemo package.
_PACKAGE = Path(__file__).parent.parent

#: The record of each build under way, by application.
_BUILDS: weakref.WeakKeyDictionary[Sphinx, WrittenFiles] = weakref.WeakKeyDictionary()


def content_key(*parts: bytes | str) -> str:
    """A digest of *parts*, in order: each is length-prefixed, so no two lists share one."""
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


@functools.cache
def source_key(*parts: str) -> str:
    """A digest of the source (``.py``, ``.mjs``) of the package's *parts*, once per process.

    A part is a folder or a file (``"runner"``, ``"sphinxext/downloads.py"``);
    without any, the whole package.
    """
    found = (
        [_PACKAGE / part] if part.endswith(".py") else (_PACKAGE / part).rglob("*")
        for part in parts or ("",)
    )
    sources = sorted(
        path
        for paths in found
        for path in paths
        if path.suffix in (".py", ".mjs") and "__pycache__" not in path.parts
    )
    named: list[bytes | str] = []
    for path in sources:
        named += [path.relative_to(_PACKAGE).as_posix(), path.read_bytes()]
    return content_key(*named)


class WrittenFiles:
    """What earlier builds wrote into the site *site*, read from *record* (``None``: nothing)."""

    def __init__(self, site: Path, record: Path | None = None) -> None:
        self.site = site
        self.record = record
        self._files: dict[str, dict[str, object]] = {}
        self._changed = False
        if record is not None:
            self._files = _read_record(record)

    def current(self, target: Path, key: str) -> bool:
        """*target* was written from *key*, and is still the file that was written then."""
        entry = self._files.get(self._name(target))
        if entry is None or entry.get("key") != key:
            return False
        identity = _identity(target)
        return identity is not None and entry.get("file") == identity

    def questions(self, target: Path) -> list[Any]:
        """The questions recorded with *target* when it was written; none without a record."""
        entry = self._files.get(self._name(target))
        asked = None if entry is None else entry.get("questions")
        return asked if isinstance(asked, list) else []

    def wrote(self, target: Path, key: str, *, questions: list[Any] | None = None) -> None:
        """Record that *target* has just been written from *key*.

        *questions* (JSON: lists, strings) are what *key* holds the answers to.
        """
        entry: dict[str, object] = {"key": key, "file": _identity(target)}
        if questions:
            entry["questions"] = questions
        self._files[self._name(target)] = entry
        self._changed = True

    def save(self) -> None:
        """Write the record, in one step, without the files that are gone; quietly, if it cannot."""
        if self.record is None:
            return
        kept = {name: entry for name, entry in self._files.items() if (self.site / name).exists()}
        if not self._changed and len(kept) == len(self._files):
            return
        data = json.dumps({"version": _VERSION, "files": kept}, sort_keys=True)
        with contextlib.suppress(OSError):
            self.record.parent.mkdir(parents=True, exist_ok=True)
            write_whole(self.record, data)
        self._files, self._changed = kept, False

    def _name(self, target: Path) -> str:
        return Path(os.path.relpath(target, self.site)).as_posix()


def written_files(app: Sphinx) -> WrittenFiles:
    """The record of *app*'s build under way, read from its doctree folder on first use."""
    written = _BUILDS.get(app)
    if written is None:
        record = Path(app.doctreedir) / RECORD
        written = _BUILDS[app] = WrittenFiles(Path(app.outdir), record)
    return written


def setup_written_files(app: Sphinx) -> None:
    """Save the record when the build ends, after every file is written (also after an error)."""
    app.connect("build-finished", _save, priority=900)


def _save(app: Sphinx, exception: Exception | None) -> None:
    written = _BUILDS.pop(app, None)
    if written is not None:
        written.save()


def _identity(target: Path) -> list[int] | None:
    """What tells whether *target* is still the same file: size, time and inode; ``None``: none."""
    try:
        stat = target.stat()
    except OSError:
        return None
    return [stat.st_size, stat.st_mtime_ns, stat.st_ino]


def _read_record(record: Path) -> dict[str, dict[str, object]]:
    """The files of *record*; none when it is missing, unreadable or not a record."""
    try:
        data = json.loads(record.read_bytes())
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("version") != _VERSION:
        return {}
    files = data.get("files")
    if not isinstance(files, dict):
        return {}
    return {
        name: entry
        for name, entry in files.items()
        if isinstance(name, str) and isinstance(entry, dict)
    }
