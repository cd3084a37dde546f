"""Make an example's output the same on every machine, and nothing more.

Three things differ between a reader's machine and ours, and only those are
rewritten: where the example folder lies, where the standard library lies,
and the memory addresses in reprs.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path

__all__ = ("ADDRESS", "decode_output", "normalise_output")

#: A memory address as CPython prints it: ``0x`` and eight or more lower-case
#: hex digits (``0x7f3a2c1b2d30``), or any number of them after `` at `` in a
#: repr, as 32-bit WebAssembly prints them (``<object object at 0x11b9a08>``).
#: ``hex(255)`` is left alone.
ADDRESS = re.compile(r"\b0x[0-9a-f]{8,}\b|(?<= at )0x[0-9a-f]+\b")


def decode_output(raw: bytes) -> str:
    """Decode bytes as UTF-8; bytes that are not shown as ``\\xNN`` escapes."""
    return raw.decode("utf-8", errors="backslashreplace")


def normalise_output(
    text: str,
    *,
    example: Path,
    stdlib: Path,
    extra: Iterable[tuple[Path, str]] = (),
) -> str:
    """Rewrite machine-specific parts of *text*.

    - the absolute path of the example's copy becomes ``<example>``;
    - the standard library's directory becomes ``<stdlib>``;
    - memory addresses become ``0x...``;
    - each ``(path, placeholder)`` in *extra* is rewritten the same way.

    Longer paths are rewritten first, so a path inside another keeps its own
    placeholder.
    """
    replacements: list[tuple[str, str]] = []
    for path, placeholder in [(example, "<example>"), (stdlib, "<stdlib>"), *extra]:
        for spelling in {str(path), str(path.resolve())}:
            replacements.append((spelling, placeholder))
    for spelling, placeholder in sorted(replacements, key=lambda r: -len(r[0])):
        text = text.replace(spelling, placeholder)
    return ADDRESS.sub("0x...", text)
