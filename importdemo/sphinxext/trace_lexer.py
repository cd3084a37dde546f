"""A Pygments lexer for traced output: the timeline where a page cannot draw one.

HTML pages draw a traced run as a timeline (:mod:`importdemo.tracing.timeline`).
A PDF, plain text or a man page shows the verified output itself, as the
reader's terminal prints it, highlighted by this lexer: the steps the course
highlights (its ``highlight`` option, from ``importdemo_highlight_steps``) as
keywords, failing steps as errors, other steps as names, and the program's
own lines as output. Sphinx registers it as ``importdemo-trace``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from pygments.lexer import RegexLexer
from pygments.token import Generic, Keyword, Name, Punctuation, Text, Whitespace
from pygments.util import get_list_opt

from importdemo.tracing import PREFIX
from importdemo.tracing.timeline import step_kind

if TYPE_CHECKING:
    import re
    from collections.abc import Iterator

    from pygments.token import _TokenType

__all__ = ("TraceLexer",)

_TOKENS = {"highlighted": Keyword, "failure": Generic.Error, "other": Name.Builtin}


def _step(lexer: TraceLexer, match: re.Match[str]) -> Iterator[tuple[int, _TokenType, str]]:
    """The trace prefix, the step's indentation and name, and the rest of the line."""
    prefix, indent, step, rest = match.group(1, 2, 3, 4)
    kind = _TOKENS[step_kind(step, lexer.highlight)]
    start = match.start()
    yield start, Punctuation, prefix  # upright: the italic mono font has no box drawing
    yield start + len(prefix), Whitespace, indent
    yield start + len(prefix) + len(indent), kind, step
    yield start + len(prefix) + len(indent) + len(step), Text, rest


class TraceLexer(RegexLexer):
    """``python -m importdemo trace`` output: trace lines, and the program's own lines.

    Option ``highlight``: the steps shown as keywords (a list, or a string of
    names separated by spaces); default none.
    """

    name = "importdemo trace"
    aliases: ClassVar[list[str]] = ["importdemo-trace"]
    filenames: ClassVar[list[str]] = []

    tokens: ClassVar[dict[str, list[object]]] = {
        "root": [
            (rf"({PREFIX})( *)(\S+)(.*\n?)", _step),
            (r".+\n?|\n", Generic.Output),
        ]
    }

    def __init__(self, **options: Any) -> None:
        #: The steps shown as keywords.
        self.highlight = frozenset(get_list_opt(options, "highlight", []))
        super().__init__(**options)
