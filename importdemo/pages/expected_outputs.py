"""The expected outputs in the body of an ``{example}`` directive.

One output for every version, or one ``{output}`` block per range of
versions, each with the page line and body span it came from, so that the
``update`` command can rewrite exactly that text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from importdemo.errors import ExampleError
from importdemo.versions import ALL_VERSIONS, VersionRange

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ("ExpectedOutput", "read_expected_outputs")

_OUTPUT_FENCE = re.compile(r"^(?P<fence>`{3,}|~{3,})\{output\}[ \t]*(?P<versions>.*)$")


@dataclass(frozen=True)
class ExpectedOutput:
    """One output a page expects, for the Python versions in :attr:`versions`."""

    #: The text, ending with a newline.
    text: str
    #: The versions that must print it.
    versions: VersionRange
    #: The page line where the text starts.
    line: int
    #: Where the text starts and ends in the directive's body, in characters.
    span: tuple[int, int]


def read_expected_outputs(
    body: str, *, body_line: int, page: Path, name: str
) -> tuple[ExpectedOutput, ...]:
    """The outputs in the body of the ``{example}`` *name*, newest versions first.

    A body without ``{output}`` blocks is one output for every version.
    Raises :class:`ExampleError`, with the page line, for an empty output,
    text outside the blocks, a block that is not closed, an unknown range,
    ranges that overlap, neighbours that are identical or a lone block.
    """

    def error(message: str, at: int) -> ExampleError:
        return ExampleError(message, path=page, line=at)

    lines = body.splitlines(keepends=True)
    if not any(_OUTPUT_FENCE.match(text.rstrip("\n")) for text in lines):
        if not body.strip():
            raise error(
                f"{{example}} {name} has no expected output; write what "
                f"`python -m importdemo run examples/{name}` prints",
                body_line,
            )
        return (ExpectedOutput(_with_newline(body), ALL_VERSIONS, body_line, (0, len(body))),)
    outputs: list[ExpectedOutput] = []
    offsets = [0]
    for text in lines:
        offsets.append(offsets[-1] + len(text))
    index = 0
    while index < len(lines):
        text = lines[index].rstrip("\n")
        here = body_line + index
        match = _OUTPUT_FENCE.match(text)
        if match is None:
            if text.strip():
                raise error(
                    f"{{example}} {name} mixes output text with {{output}} blocks; put every "
                    "output inside an {output} block",
                    here,
                )
            index += 1
            continue
        try:
            versions = VersionRange.parse(match.group("versions"))
        except ValueError as problem:
            raise error(f"{{output}} of {name}: {problem}", here) from None
        fence = match.group("fence")
        end = index + 1
        while end < len(lines) and lines[end].rstrip("\n") != fence:
            end += 1
        if end == len(lines):
            raise error(f"{{output}} of {name} is not closed; end it with a line {fence}", here)
        text_block = "".join(lines[index + 1 : end])
        if not text_block.strip():
            raise error(f"{{output}} {match.group('versions')} of {name} is empty", here)
        for earlier in outputs:
            if earlier.versions.overlaps(versions):
                raise error(
                    f"{{output}} {match.group('versions')} of {name} overlaps the one at "
                    f"line {earlier.line - 1}; each Python version must match one output",
                    here,
                )
        span = (offsets[index + 1], offsets[end])
        outputs.append(ExpectedOutput(text_block, versions, here + 1, span))
        index = end + 1
    newest_first = sorted(outputs, key=lambda output: output.versions.sort_key(), reverse=True)
    for newer, older in zip(newest_first, newest_first[1:]):
        same_platform = newer.versions.webassembly == older.versions.webassembly
        if same_platform and newer.text == older.text:
            raise error(
                f"{{output}} blocks of {name} for {older.versions.label()} and "
                f"{newer.versions.label()} are identical; merge them into one",
                newer.line - 1,
            )
    if len(newest_first) == 1:
        raise error(
            f"{{example}} {name} has one {{output}} block; without other versions to "
            "tell apart, write the output directly in the directive",
            newest_first[0].line - 1,
        )
    return tuple(newest_first)


def _with_newline(text: str) -> str:
    return text if text.endswith("\n") else text + "\n"
