"""The zip files readers and teachers take away: one per example, per chapter, and the course.

Each example's zip holds its folder, ready for ``python main.py``, with a
``README.md`` (see :mod:`importdemo.sphinxext.readme`). A chapter's zip holds
its folder of the course bundle: a ``README.md`` listing its examples, and
one folder per example. The course bundle holds an index ``README.md`` and
every chapter's folder, numbered in reading order.

Entries are written in a fixed order and dated 1980-01-01, so the same
files and runs always give the same bytes. Given the build's record of
what it wrote (:mod:`importdemo.sphinxext.written_files`), a zip whose
entries did not change since it was written is left as it is.
"""

from __future__ import annotations

import functools
import sys
import zipfile
import zlib
from pathlib import Path
from typing import TYPE_CHECKING

from importdemo.runner.example_folders import example_files
from importdemo.sphinxext.readme import chapter_readme, course_readme, example_readme
from importdemo.sphinxext.written_files import content_key

if TYPE_CHECKING:
    from collections.abc import Iterable

    from importdemo.sphinxext.kit import Course, KitChapter
    from importdemo.sphinxext.written_files import WrittenFiles

__all__ = (
    "BUNDLES",
    "DOWNLOADS",
    "chapter_bundle_path",
    "course_bundle_path",
    "example_zip_path",
    "write_downloads",
    "write_zip",
)

#: The folder of the built site that holds the zip files.
DOWNLOADS = "_examples"
#: The folder, under :data:`DOWNLOADS`, of the chapter and course bundles.
BUNDLES = f"{DOWNLOADS}/bundles"

_EPOCH = (1980, 1, 1, 0, 0, 0)
_README = "README.md"

#: A zip entry: its path in the archive and its bytes.
Entry = tuple[str, bytes]


def example_zip_path(name: str) -> str:
    """Example *name*'s zip file, in the site: ``_examples/NAME.zip``.

    Pages link it through the builder (:mod:`importdemo.sphinxext.zip_links`).
    """
    return f"{DOWNLOADS}/{name}.zip"


def course_bundle_path(name: str) -> str:
    """The bundle of course *name*, in the site: ``_examples/bundles/importdemo-course.zip``."""
    return f"{BUNDLES}/{name}-course.zip"


def chapter_bundle_path(docname: str) -> str:
    """Chapter *docname*'s bundle, in the site: ``_examples/bundles/tutorial-sys-modules.zip``."""
    return f"{BUNDLES}/{docname.replace('/', '-')}.zip"


def write_downloads(
    course: Course, examples: Path, outdir: Path, *, written: WrittenFiles | None = None
) -> list[Path]:
    """Write every zip of *course* into the site *outdir*: each example's, each chapter's, the
    course bundle. *examples* is the folder of the example folders.

    Each example's README and files are read once, for all the zips that hold them.
    """
    made = _ExampleEntries(course, examples)
    targets = []
    for name in course.names:
        target = outdir / example_zip_path(name)
        write_zip(target, made.entries(name, prefix=f"{name}/"), written=written)
        targets.append(target)
    for chapter in course.chapters:
        target = outdir / chapter_bundle_path(chapter.docname)
        write_zip(target, made.chapter(chapter, prefix=f"{chapter.folder}/"), written=written)
        targets.append(target)
    if course.chapters:
        top = f"{course.name}-course/"
        entries: list[Entry] = [(top + _README, course_readme(course).encode())]
        for chapter in course.chapters:
            entries.extend(made.chapter(chapter, prefix=f"{top}{chapter.folder}/"))
        target = outdir / course_bundle_path(course.name)
        write_zip(target, entries, written=written)
        targets.append(target)
    return targets


def write_zip(
    target: Path, entries: Iterable[Entry], *, written: WrittenFiles | None = None
) -> bool:
    """Write *entries*, in their order, each dated 1980-01-01 and readable by all.

    With *written*, a zip already made from the same entries by the same
    code is left alone. Return whether the file was written.
    """
    entries = list(entries)
    key = ""
    if written is not None:
        key = content_key(_writer(), *(part for name, data in entries for part in (name, data)))
        if written.current(target, key):
            return False
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            entry = zipfile.ZipInfo(name, date_time=_EPOCH)
            entry.external_attr = 0o644 << 16
            entry.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(entry, data)
    if written is not None:
        written.wrote(target, key)
    return True


@functools.cache
def _writer() -> bytes:
    """What makes a zip's bytes besides its entries: a change to it makes every zip anew.

    This module's source, and the versions of Python and zlib.
    """
    return b"\0".join(
        [Path(__file__).read_bytes(), sys.version.encode(), zlib.ZLIB_RUNTIME_VERSION.encode()]
    )


class _ExampleEntries:
    """Each example's entries in the zips of one course, made on first use."""

    def __init__(self, course: Course, examples: Path) -> None:
        self.course, self.examples = course, examples
        self._made: dict[str, list[Entry]] = {}

    def entries(self, name: str, *, prefix: str) -> list[Entry]:
        """Example *name*'s README, then its files, ``main.py`` first (as the page shows them)."""
        if name not in self._made:
            folder = self.examples / name
            readme = example_readme(name, self.course).encode()
            files = [path for path in example_files(folder) if path.as_posix() != _README]
            self._made[name] = [
                (_README, readme),
                *((path.as_posix(), (folder / path).read_bytes()) for path in files),
            ]
        return [(prefix + path, data) for path, data in self._made[name]]

    def chapter(self, chapter: KitChapter, *, prefix: str) -> list[Entry]:
        """*chapter*'s README, then each of its examples in a folder of its own."""
        entries: list[Entry] = [(prefix + _README, chapter_readme(chapter, self.course).encode())]
        for name in chapter.names:
            entries.extend(self.entries(name, prefix=f"{prefix}{name}/"))
        return entries
