"""A zip file of each example the pages show, for readers to take away.

Each zip holds the example's folder, ready for ``python main.py``. Its
entries are sorted and dated 1980-01-01, so the same folder always gives
the same bytes.
"""

from __future__ import annotations

import zipfile
from typing import TYPE_CHECKING

from importdemo.example_folders import example_files

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ("DOWNLOADS", "download_uri", "write_example_zip")

#: The folder of the built site that holds the zip files.
DOWNLOADS = "_examples"

_EPOCH = (1980, 1, 1, 0, 0, 0)


def download_uri(docname: str, name: str) -> str:
    """The URI of example *name*'s zip file, relative to the page *docname*."""
    return "../" * docname.count("/") + f"{DOWNLOADS}/{name}.zip"


def write_example_zip(folder: Path, outdir: Path) -> Path:
    """Write ``outdir/_examples/NAME.zip`` from the example *folder*."""
    target = outdir / DOWNLOADS / f"{folder.name}.zip"
    target.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for relative in example_files(folder):
            entry = zipfile.ZipInfo(f"{folder.name}/{relative.as_posix()}", date_time=_EPOCH)
            entry.external_attr = 0o644 << 16
            entry.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(entry, (folder / relative).read_bytes())
    return target
