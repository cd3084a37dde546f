"""Wire the ``{example}`` lexer to an evaluator for one interpreter."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from importdemo.errors import ExampleError
from importdemo.pages.directive import read_found_directive
from importdemo.testing.lexer import ExampleLexer

if TYPE_CHECKING:
    from collections.abc import Iterator

    from sybil import Document, Region

    from importdemo.testing.evaluator import ExampleEvaluator

__all__ = ("ExampleParser",)


class ExampleParser:
    """A Sybil parser: each ``{example}`` in a page, checked by *evaluator*.

    A directive that cannot be read still becomes an example, whose check
    fails with the reason, page and line: a broken page never passes quietly.
    """

    def __init__(self, evaluator: ExampleEvaluator) -> None:
        self.lexer = ExampleLexer()
        self.evaluator = evaluator

    def __call__(self, document: Document) -> Iterator[Region]:
        page = Path(document.path)
        for region in self.lexer(document):
            try:
                region.parsed = read_found_directive(region.lexemes["found"], page)
            except ExampleError as error:
                region.parsed = error
            region.evaluator = self.evaluator
            yield region
