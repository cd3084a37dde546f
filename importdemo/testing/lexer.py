"""Find ``{example}`` directives in MyST pages, as Sybil regions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sybil import Region

from importdemo.pages.scanner import scan_page

if TYPE_CHECKING:
    from collections.abc import Iterator

    from sybil import Document

__all__ = ("ExampleLexer",)


class ExampleLexer:
    """Yield a region per ``{example}`` directive of a document.

    Its one lexeme, ``found``, is the
    :class:`~importdemo.pages.scanner.FoundDirective`: the directive as
    written, with its lines. The ``update`` command finds directives with
    the same scanner, so the tests and the command never disagree.
    """

    def __call__(self, document: Document) -> Iterator[Region]:
        for found in scan_page(document.text):
            yield Region(
                found.start, found.end, lexemes={"found": found, "arguments": found.argument}
            )
