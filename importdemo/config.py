"""A course's settings: the ``[tool.importdemo]`` table of its ``pyproject.toml``.

The command line, the pytest plugin and the Sphinx extension read the same
table, the same way::

    [tool.importdemo]
    examples = "examples"     # the folder of example folders
    pages = "docs"            # the folder of the MyST pages
    pythons = []              # interpreters to verify on; [] means every one found
    timeout = 10              # seconds an example may run
    output_limit = 1048576    # bytes of output an example may write
    require_used = true       # an example folder no page shows is an error
    require_changed = false   # outputs that differ by version need a :changed: line
    changed_hint = "one line saying what changed"  # what that line must hold
    new_template = "..."      # the folder `importdemo new` copies (unset: a bare main.py)

Every key is optional. Paths are relative to the ``pyproject.toml``.
"""

from __future__ import annotations

import functools
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from importdemo.errors import ExampleError
from importdemo.runner.run import DEFAULT_OUTPUT_LIMIT, DEFAULT_TIMEOUT

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - the tests run on 3.11
    import tomli as tomllib

__all__ = ("NEUTRAL_TEMPLATE", "CourseConfig", "find_config", "load_config")

_TABLE = "[tool.importdemo]"

#: The folder ``importdemo new`` copies when the course names none: a bare ``main.py``.
NEUTRAL_TEMPLATE = Path(__file__).parent / "templates" / "example"


@dataclass(frozen=True)
class CourseConfig:
    """The settings of one course, with paths made absolute."""

    #: The folder that holds ``pyproject.toml`` (or the folder searched, without one).
    root: Path
    #: The ``pyproject.toml`` the settings came from; ``None`` when no file has the table.
    source: Path | None = None
    #: The folder of example folders.
    examples: Path = field(default=Path("examples"))
    #: The folder of the pages.
    pages: Path = field(default=Path("docs"))
    #: Interpreters to verify on (commands, paths or ``wasm:3.X``); empty: every one found.
    pythons: tuple[str, ...] = ()
    #: Seconds an example may run before it is stopped.
    timeout: float = DEFAULT_TIMEOUT
    #: Bytes of output an example may write before it is stopped.
    output_limit: int = DEFAULT_OUTPUT_LIMIT
    #: Whether an example folder that no page shows is an error.
    require_used: bool = True
    #: Whether a directive whose outputs differ by version must say why, in ``:changed:``.
    require_changed: bool = False
    #: What the error for a missing ``:changed:`` asks that line to hold.
    changed_hint: str = "one line saying what changed"
    #: The folder whose files ``importdemo new`` copies into a new example.
    new_template: Path = NEUTRAL_TEMPLATE

    def __post_init__(self) -> None:
        for name in ("examples", "pages", "new_template"):
            object.__setattr__(self, name, self.root / getattr(self, name))


def find_config(start: Path) -> Path | None:
    """The nearest ``pyproject.toml`` with a ``[tool.importdemo]`` table, from *start* up."""
    for folder in (start.resolve(), *start.resolve().parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file() and "importdemo" in _read(candidate).get("tool", {}):
            return candidate
    return None


def load_config(start: Path) -> CourseConfig:
    """The settings of the course that holds *start*: defaults when no table is found.

    Raises :class:`~importdemo.errors.ExampleError`, naming the file, for an
    unknown key or a value of the wrong type.
    """
    source = find_config(start)
    if source is None:
        return CourseConfig(root=start.resolve())
    table = _read(source)["tool"]["importdemo"]
    if not isinstance(table, dict):
        raise ExampleError(f"{_TABLE} must be a table of settings", path=source)
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in _CHECKS:
            known = ", ".join(_CHECKS)
            raise ExampleError(
                f"{_TABLE} has no setting {key!r}; the settings are: {known}", path=source
            )
        expected, convert = _CHECKS[key]
        if not _is(value, expected):
            raise ExampleError(f"{_TABLE} {key} must be {expected}, not {value!r}", path=source)
        values[key] = convert(value)
    return CourseConfig(root=source.parent, source=source, **values)


def _read(path: Path) -> dict[str, Any]:
    try:
        stat = path.stat()
        return _parsed(path, stat.st_mtime_ns, stat.st_size)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise ExampleError(f"cannot read it: {error}", path=path) from None


@functools.lru_cache(maxsize=64)
def _parsed(path: Path, mtime_ns: int, size: int) -> dict[str, Any]:
    """The TOML of *path*, read once while it stays the same (each page asks for it)."""
    with path.open("rb") as file:
        return tomllib.load(file)


def _is(value: object, expected: str) -> bool:
    if expected == "a path":
        return isinstance(value, str) and bool(value)
    if expected == "a list of strings":
        return isinstance(value, list) and all(isinstance(item, str) for item in value)
    if expected == "a positive number":
        return isinstance(value, (int, float)) and not isinstance(value, bool) and value > 0
    if expected == "a positive integer":
        return isinstance(value, int) and not isinstance(value, bool) and value > 0
    if expected == "a string":
        return isinstance(value, str) and bool(value.strip())
    return isinstance(value, bool)


_CHECKS: dict[str, tuple[str, Any]] = {
    "examples": ("a path", Path),
    "pages": ("a path", Path),
    "pythons": ("a list of strings", tuple),
    "timeout": ("a positive number", float),
    "output_limit": ("a positive integer", int),
    "require_used": ("true or false", bool),
    "require_changed": ("true or false", bool),
    "changed_hint": ("a string", str),
    "new_template": ("a path", Path),
}
