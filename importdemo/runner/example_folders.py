"""Example folders: what names them, finding one by name, and the files it holds."""

from __future__ import annotations

import difflib
import io
import re
import tokenize
from pathlib import Path

from importdemo.errors import ExampleError

__all__ = (
    "EXAMPLE_NAME_RULE",
    "example_files",
    "example_names",
    "example_texts",
    "find_example",
    "is_example_name",
)

#: What an example's name is, said as the messages say it.
EXAMPLE_NAME_RULE = "lower-case words and digits joined by hyphens, like module-caching"
#: The one rule for example names: for ``new``, for ``{example}``, for the folders listed.
_EXAMPLE_NAME = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
_NOT_SHOWN = {"__pycache__", ".DS_Store"}
#: Files Python reads as source: their bytes must be text in their declared encoding.
_PYTHON_SOURCE = {".py", ".pyw", ".pyi"}


def is_example_name(name: str) -> bool:
    """Whether *name* can name an example: :data:`EXAMPLE_NAME_RULE`.

    A name is also a folder name, part of a zip's name and of the site's
    addresses, so it holds no capitals, spaces, dots or slashes.
    """
    return _EXAMPLE_NAME.fullmatch(name) is not None


def example_names(examples: Path) -> list[str]:
    """The names of the example folders under *examples*, sorted.

    A folder whose name is not an example name (:func:`is_example_name`),
    such as ``_shared`` or ``.cache``, is not an example.
    """
    return sorted(
        entry.name for entry in examples.iterdir() if entry.is_dir() and is_example_name(entry.name)
    )


def find_example(
    examples: Path, name: str, *, page: Path | None = None, line: int | None = None
) -> Path:
    """The folder of example *name*; an :class:`ExampleError` naming *page* when none."""
    if not is_example_name(name):
        raise ExampleError(
            f"{name!r} is not an example name: use {EXAMPLE_NAME_RULE}", path=page, line=line
        )
    folder = examples / name
    if folder.is_dir():
        return folder
    if not examples.is_dir():
        raise ExampleError(
            f"the examples folder {examples} does not exist; check the configured path",
            path=page,
            line=line,
        )
    close = difflib.get_close_matches(name, example_names(examples), n=1)
    hint = f"did you mean {close[0]!r}?" if close else f"create examples/{name}/main.py"
    raise ExampleError(f"no example named {name!r} in {examples}; {hint}", path=page, line=line)


def example_files(folder: Path) -> list[Path]:
    """The files of an example, relative to it: ``main.py`` first, then by path."""
    files = [
        path.relative_to(folder)
        for path in folder.rglob("*")
        if path.is_file()
        and not _NOT_SHOWN.intersection(path.relative_to(folder).parts)
        and path.suffix != ".pyc"
    ]
    return sorted(files, key=lambda path: (path != Path("main.py"), path.parts))


def example_texts(folder: Path) -> list[tuple[Path, str]]:
    """The files of an example, as :func:`example_files` orders them, with what a page shows.

    A Python source file is decoded as Python decodes it: UTF-8, or the
    encoding its first lines declare (PEP 263). Any other file is UTF-8 text,
    or else binary data, shown as ``binary, N bytes``. Newlines are ``\\n``.

    Raises :class:`~importdemo.errors.ExampleError`, naming the file and
    line, for a Python source file that is not text in its encoding.
    """
    return [(relative, _shown_text(folder / relative)) for relative in example_files(folder)]


def _shown_text(path: Path) -> str:
    data = path.read_bytes()
    encoding = "utf-8"
    if path.suffix in _PYTHON_SOURCE:
        try:
            encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        except SyntaxError as error:  # an unknown encoding, or a BOM that contradicts it
            raise ExampleError(
                f"{error.msg}; declare an encoding Python knows, or save it as UTF-8",
                path=path,
                line=error.lineno or 1,
            ) from None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as error:
        if path.suffix not in _PYTHON_SOURCE:
            return f"binary, {len(data)} bytes\n"
        named = "UTF-8" if encoding == "utf-8" else f"{encoding} (as its first lines declare)"
        raise ExampleError(
            f"not {named} (byte 0x{data[error.start]:02x}); save it as UTF-8, or declare "
            "its encoding on its first or second line (PEP 263)",
            path=path,
            line=data[: error.start].count(b"\n") + 1,
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")
