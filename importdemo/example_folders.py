"""Example folders: finding one by name, and the files it holds."""

from __future__ import annotations

import difflib
from pathlib import Path

from importdemo.errors import ExampleError

__all__ = ("example_files", "example_names", "find_example")

_NOT_SHOWN = {"__pycache__", ".DS_Store"}


def example_names(examples: Path) -> list[str]:
    """The names of the example folders under *examples*, sorted."""
    return sorted(
        entry.name
        for entry in examples.iterdir()
        if entry.is_dir() and not entry.name.startswith((".", "_"))
    )


def find_example(
    examples: Path, name: str, *, page: Path | None = None, line: int | None = None
) -> Path:
    """The folder of example *name*; an :class:`ExampleError` naming *page* when none."""
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
