"""Find ``{example}`` directives in the text of a MyST page, with their places.

This follows CommonMark's fenced code blocks, as MyST does: a fence opens
with three or more backticks or tildes, and only a line of at least as many
of the same character closes it; everything between is literal, so an
``{example}`` shown inside another code block is not a directive. Options
are the ``:name: value`` lines right after the opening line. Only
directives whose fence starts at the left margin count: one indented into a
list item is not found here, and the Sphinx extension refuses it, so that no
example is shown without being checked.

It needs only the standard library, so the ``update`` command can rewrite
pages without Sybil or Sphinx; the Sybil lexer uses it too, so that the
tests and the command always find the same directives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

__all__ = ("FoundDirective", "scan_page")

_FENCE = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,})(?P<info>[^\n]*)$", re.MULTILINE)
_EXAMPLE = re.compile(r"^\{example\}(?:[ \t]+(?P<argument>.*?))?[ \t]*$")
_OPTION = re.compile(r"^[ \t]*:(?P<name>[\w-]+):(?:[ \t]+(?P<value>.*?))?[ \t]*$")


@dataclass(frozen=True)
class FoundDirective:
    """An ``{example}`` directive as written, and where it stands in the page."""

    #: The text after ``{example}``: the example's name.
    argument: str
    #: Its ``:name: value`` options.
    options: dict[str, str]
    #: The body: everything between the options and the closing fence.
    body: str
    #: Where the opening fence starts, in characters.
    start: int
    #: Where the closing fence ends (or the page ends, when it is not closed).
    end: int
    #: Where the body starts, in characters.
    body_start: int
    #: The line of the opening fence (1-based).
    line: int
    #: The line where the body starts.
    body_line: int
    #: Whether a closing fence was found.
    closed: bool


def scan_page(text: str) -> Iterator[FoundDirective]:
    """Yield every ``{example}`` directive of *text*, in order."""
    position = 0
    while True:
        opening = _FENCE.search(text, position)
        if opening is None:
            return
        fence = opening.group("fence")
        closing = _closing_fence(text, opening.end(), fence)
        content_start = min(opening.end() + 1, len(text))
        content_end = closing.start() if closing else len(text)
        end = closing.end() if closing else len(text)
        position = end
        if fence[0] == "`" and "`" in opening.group("info"):
            continue  # not a fence: an inline code span such as ```x```
        example = _EXAMPLE.match(opening.group("info").strip())
        if example is None or opening.group("indent"):
            continue  # only directives at the left margin are examples
        options: dict[str, str] = {}
        body_start = content_start
        for line in text[content_start:content_end].splitlines(keepends=True):
            option = _OPTION.match(line.rstrip("\n"))
            if option is None:
                break
            options[option.group("name")] = option.group("value") or ""
            body_start += len(line)
        yield FoundDirective(
            argument=example.group("argument") or "",
            options=options,
            body=text[body_start:content_end],
            start=opening.start(),
            end=end,
            body_start=body_start,
            line=text.count("\n", 0, opening.start()) + 1,
            body_line=text.count("\n", 0, body_start) + 1,
            closed=closing is not None,
        )


def _closing_fence(text: str, start: int, fence: str) -> re.Match[str] | None:
    for candidate in _FENCE.finditer(text, start):
        found = candidate.group("fence")
        if (
            found[0] == fence[0]
            and len(found) >= len(fence)
            and not candidate.group("info").strip()
        ):
            return candidate
    return None
