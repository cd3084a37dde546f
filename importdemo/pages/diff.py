"""The diff every report of a page against a run shows: unified, with line ends made visible."""

from __future__ import annotations

import difflib

__all__ = ("output_diff",)

#: Shown after a line's trailing white space, which a terminal does not show.
VISIBLE_LINE_END = "\u23ce"


def output_diff(expected: str, actual: str, *, expected_name: str, actual_name: str) -> str:
    """A unified diff from *expected* to *actual*, headed by the two names; ``""`` when equal.

    A line that ends in spaces or tabs gets a visible end (``⏎``), so that
    ``-hello`` and ``+hello ⏎`` do not read as the same line, and a last line
    without a newline is marked as such.
    """
    diff = difflib.unified_diff(
        expected.splitlines(keepends=True),
        actual.splitlines(keepends=True),
        fromfile=expected_name,
        tofile=actual_name,
    )
    return "".join(_visible_line_end(line) for line in diff)


def _visible_line_end(line: str) -> str:
    body = line.rstrip("\n")
    if body != body.rstrip(" \t"):
        body += VISIBLE_LINE_END
    return body + "\n" if line.endswith("\n") else body + "\n\\ No newline at end\n"
