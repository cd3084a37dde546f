"""The zip files readers and teachers take away: one per example, per chapter, and the course.

Each example's zip holds its folder, ready for ``python main.py``, with a
``README.md`` (see :mod:`importdemo.sphinxext.readme`). A chapter's zip holds
its folder of the course bundle: a ``README.md`` listing its examples, and
one folder per example. The course bundle holds an index ``README.md`` and
every chapter's folder, numbered in reading order.

Entries are written in a fixed order and dated 1980-01-01, so the same
files and runs always give the same bytes.
"""

from __future__ import annotations

import zipfile
from typing import TYPE_CHECKING

from importdemo.runner.example_folders import example_files
from importdemo.sphinxext.readme import chapter_readme, course_readme, example_readme

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path

    from importdemo.sphinxext.kit import Course, KitChapter

__all__ = (
    "BUNDLES",
    "DOWNLOADS",
    "chapter_bundle_path",
    "course_bundle_path",
    "example_zip_path",
    "write_chapter_bundle",
    "write_course_bundle",
    "write_example_zip",
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


def write_example_zip(folder: Path, outdir: Path, course: Course) -> Path:
    """Write ``outdir/_examples/NAME.zip``: the example *folder* and its README."""
    target = outdir / example_zip_path(folder.name)
    write_zip(target, _example_entries(folder, course, prefix=f"{folder.name}/"))
    return target


def write_chapter_bundle(chapter: KitChapter, examples: Path, outdir: Path, course: Course) -> Path:
    """Write *chapter*'s bundle: its folder of the course bundle, alone."""
    target = outdir / chapter_bundle_path(chapter.docname)
    write_zip(target, _chapter_entries(chapter, examples, course, prefix=f"{chapter.folder}/"))
    return target


def write_course_bundle(examples: Path, outdir: Path, course: Course) -> Path:
    """Write the course bundle: the index README, then each chapter's folder in reading order."""
    top = f"{course.name}-course/"
    entries: list[Entry] = [(top + _README, course_readme(course).encode())]
    for chapter in course.chapters:
        entries.extend(
            _chapter_entries(chapter, examples, course, prefix=f"{top}{chapter.folder}/")
        )
    target = outdir / course_bundle_path(course.name)
    write_zip(target, entries)
    return target


def write_zip(target: Path, entries: Iterable[Entry]) -> None:
    """Write *entries*, in their order, each dated 1980-01-01 and readable by all."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            entry = zipfile.ZipInfo(name, date_time=_EPOCH)
            entry.external_attr = 0o644 << 16
            entry.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(entry, data)


def _chapter_entries(
    chapter: KitChapter, examples: Path, course: Course, *, prefix: str
) -> list[Entry]:
    entries: list[Entry] = [(prefix + _README, chapter_readme(chapter, course).encode())]
    for name in chapter.names:
        entries.extend(_example_entries(examples / name, course, prefix=f"{prefix}{name}/"))
    return entries


def _example_entries(folder: Path, course: Course, *, prefix: str) -> list[Entry]:
    """The README first, then the files, ``main.py`` first (as the page shows them)."""
    readme = example_readme(folder.name, course).encode()
    files = [relative for relative in example_files(folder) if relative.as_posix() != _README]
    return [
        (prefix + _README, readme),
        *((prefix + path.as_posix(), (folder / path).read_bytes()) for path in files),
    ]
