"""A chapter as a Jupyter notebook (nbformat 4): its prose, and each example, run.

The page's MyST source gives the prose, as Markdown cells split at each
heading (see :mod:`importdemo.sphinxext.myst_markdown`). Each ``{example}``
becomes, where the page shows it:

- the first time the notebook meets its folder, cells that write its files
  (:func:`~importdemo.sphinxext.notebook_cells.file_cells`);
- one cell that runs it as its own process with ``run_example``
  (:func:`~importdemo.sphinxext.notebook_cells.helper_cell`), holding what
  it printed on the notebook's Python (:class:`NotebookChapter` ``python``),
  as the build's runs recorded it: the same text as the example's
  ``README.md``. The cell's ``importdemo`` metadata names the example, the
  page and line of its directive, whether the page shows that output
  (``verified``) and the releases that printed it.

A traced example is not run: the tracer is the course's own package, which
the notebook does not install; a Markdown cell gives the command and the
trace it printed. An example whose ``:python:`` range leaves out the
notebook's Python gets its files and a Markdown cell with the outputs the
other releases printed, not a run.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from importdemo.pages.scanner import scan_page
from importdemo.sphinxext.markdown import code_block
from importdemo.sphinxext.myst_markdown import myst_to_markdown
from importdemo.sphinxext.notebook_cells import (
    Cell,
    file_cells,
    helper_cell,
    markdown_cell,
    run_cell,
)
from importdemo.sphinxext.readme import output_heading

if TYPE_CHECKING:
    from collections.abc import Mapping

    from importdemo.pages.directive import PageExample
    from importdemo.runner.interpreter import Interpreter
    from importdemo.sphinxext.myst_markdown import Links
    from importdemo.sphinxext.run_outputs import ShownOutput

__all__ = (
    "NotebookChapter",
    "NotebookExample",
    "chapter_notebook",
    "notebook_json",
    "output_on",
)

_MARK = "\x00example:"
_PLACEHOLDER = re.compile(rf"^(?:> ?)*{_MARK}(\d+)\x00$", re.MULTILINE)
_HEADING = re.compile(r"^#{1,6} ")
_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")


@dataclass(frozen=True)
class NotebookExample:
    """One ``{example}`` of the chapter, with its files and what it printed."""

    #: The directive, as the tests read it.
    directive: PageExample
    #: Its files, relative paths (POSIX) and bytes, ``main.py`` first.
    files: tuple[tuple[str, bytes], ...]
    #: What it printed, by group of runtimes (see :mod:`importdemo.sphinxext.run_outputs`).
    outputs: tuple[ShownOutput, ...]


@dataclass(frozen=True)
class NotebookChapter:
    """A page that teaches examples, and what its notebook needs to know."""

    #: Its title, as plain text.
    title: str
    #: Its page, as messages name it (``docs/tutorial/sys-modules.md``).
    page: str
    #: The page's MyST source.
    text: str
    #: Its examples, by the line of their directive; a directive that is
    #: not here (its folder is missing) is left out.
    examples: Mapping[int, NotebookExample]
    #: The Python whose outputs the notebook holds (native, not WebAssembly).
    python: Interpreter
    #: The chapter's address on the site, ``""`` when unknown.
    url: str = ""
    #: The course's title.
    course: str = ""
    #: The terms of reuse (Markdown), ``""`` for none.
    reuse: str = ""
    #: Seconds ``run_example`` lets an example run.
    timeout: float = 10.0
    #: Where the site's cross-references lead.
    links: Links | None = field(default=None, compare=False)


def chapter_notebook(chapter: NotebookChapter) -> dict[str, Any]:
    """The notebook of *chapter*, as an nbformat 4 dictionary."""
    builder = _Builder(chapter)
    markdown = myst_to_markdown(_with_placeholders(chapter), chapter.links)
    position = 0
    for found in _PLACEHOLDER.finditer(markdown):
        builder.prose(markdown[position : found.start()])
        builder.example(chapter.examples[int(found.group(1))])
        position = found.end()
    builder.prose(markdown[position:])
    cells = [markdown_cell(_preface(chapter, builder), 0), helper_cell(1, timeout=chapter.timeout)]
    return {
        "cells": cells + builder.cells,
        "metadata": {
            "importdemo": {
                "chapter": chapter.title,
                "page": chapter.page,
                "url": chapter.url,
                "outputs_from": chapter.python.release,
            },
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python", "version": chapter.python.release},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def notebook_json(notebook: dict[str, Any]) -> str:
    """*notebook* as Jupyter writes it: sorted keys, one-space indent, a final newline."""
    return json.dumps(notebook, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def output_on(outputs: tuple[ShownOutput, ...], python: Interpreter) -> ShownOutput | None:
    """The output that *python*'s release printed, when it ran."""
    for output in outputs:
        if any(
            ran.release == python.release and not ran.webassembly for ran in output.interpreters
        ):
            return output
    return None


class _Builder:
    """Collects the cells after the preface and the helper, numbering them."""

    def __init__(self, chapter: NotebookChapter) -> None:
        self.chapter = chapter
        self.cells: list[Cell] = []
        self.written: set[str] = set()
        self.traced = self.other_versions = False

    @property
    def number(self) -> int:
        return len(self.cells) + 2

    def prose(self, markdown: str) -> None:
        for section in _sections(markdown):
            self.cells.append(markdown_cell(section, self.number))

    def example(self, example: NotebookExample) -> None:
        directive, python = example.directive, self.chapter.python
        if directive.name not in self.written:
            self.written.add(directive.name)
            self.cells.extend(file_cells(directive.name, list(example.files), self.number))
        if directive.trace:
            self.traced = True
            self._note(example, _traced(directive), only=output_on(example.outputs, python))
        elif not directive.runs_on(python.version):
            self.other_versions = True
            label = directive.python.label() if directive.python else ""
            self._note(example, f"This example is for {label}: it is not run here, on "
                       f"CPython {python.release}. With such a Python, run `{_command(directive)}` "
                       f"in its folder, `{directive.name}/`.")  # fmt: skip
        else:
            self._run(example)

    def _run(self, example: NotebookExample) -> None:
        directive = example.directive
        output = output_on(example.outputs, self.chapter.python)
        metadata = {
            "example": directive.name,
            "page": self.chapter.page,
            "line": directive.line,
            "verified": output is not None and output.verified,
            "releases": [] if output is None else [ran.label for ran in output.interpreters],
        }
        self.cells.append(
            run_cell(
                directive.name,
                _arguments(directive),
                self.number,
                output=None if output is None else output.text,
                exit_status=directive.exit_status if output is None else output.exit_status,
                metadata={"importdemo": metadata},
            )
        )

    def _note(
        self, example: NotebookExample, text: str, *, only: ShownOutput | None = None
    ) -> None:
        parts = [text]
        for output in [only] if only is not None else example.outputs:
            parts.append(output_heading(output))
            parts.append(code_block(output.text, "text"))
            if output.exit_status:
                parts.append(f"It ends with exit status {output.exit_status}.")
        self.cells.append(markdown_cell("\n\n".join(parts), self.number))


def _with_placeholders(chapter: NotebookChapter) -> str:
    """The page's text, each ``{example}`` replaced by a line that marks it."""
    text, parts, position = chapter.text, [], 0
    for found in scan_page(chapter.text):
        parts.append(text[position : found.start])
        if found.line in chapter.examples:
            parts.append(f"{_MARK}{found.line}\x00")
        position = found.end
    parts.append(text[position:])
    return "".join(parts)


def _sections(markdown: str) -> list[str]:
    """*markdown* cut before each heading that is not inside a code block."""
    sections: list[list[str]] = [[]]
    fence = ""
    for line in markdown.split("\n"):
        opening = _FENCE.match(line)
        if opening and (not fence or opening.group(1).startswith(fence)):
            fence = "" if fence else opening.group(1)
        elif not fence and _HEADING.match(line) and any(part.strip() for part in sections[-1]):
            sections.append([])
        sections[-1].append(line)
    return [text for text in ("\n".join(lines).strip("\n") for lines in sections) if text]


def _arguments(directive: PageExample) -> list[str]:
    entry = ["main.py"] if directive.module is None else ["-m", directive.module]
    return [*entry, *directive.args]


def _command(directive: PageExample) -> str:
    import shlex

    return " ".join(["python", *map(shlex.quote, _arguments(directive))])


def _traced(directive: PageExample) -> str:
    module = f" --module {directive.module}" if directive.module else ""
    return (
        "The page traces this run with the course's tracer, which this notebook does not "
        "install, so it is not run here. To trace it yourself, `pip install importdemo`, "
        f"then, in the folder that holds `{directive.name}/`, run "
        f"`python -m importdemo trace {directive.name}{module}`."
    )


def _preface(chapter: NotebookChapter, builder: _Builder) -> str:
    release = chapter.python.release
    title = f"[{chapter.title}]({chapter.url})" if chapter.url else f"*{chapter.title}*"
    course = f" of *{chapter.course}*" if chapter.course else ""
    parts = [
        f"**This notebook is the chapter {title}{course}, with its examples ready to run.** "
        "The cells before each run write the example's files into a folder of its own, "
        "beside this notebook. `run_example`, defined in the next cell, runs it as its own "
        "process, the way the course's tests ran it: in a fresh copy of its folder, on a "
        "Python that sees only the standard library, with no input.",
        f"The outputs stored here are what CPython {release} printed (verified against the "
        "page when the site was built). Run again, they differ from the page only where the "
        "page hides what belongs to one machine: you see real paths where it shows "
        "`<example>` (the example's folder), `<stdlib>` (the standard library) or `<venv>` "
        "(the clean Python), and whole addresses where it shows `0x...`. On another "
        "release, some outputs differ: the page shows each version's output.",
    ]
    if builder.traced:
        parts.append("Traced examples are not run: the trace they printed is shown instead.")
    if builder.other_versions:
        parts.append(
            f"Examples for Pythons other than {chapter.python.short_version} have their "
            "files written, and what they printed shown, without a run."
        )
    if chapter.reuse:
        parts.append(f"**Reuse.** {chapter.reuse.strip()}")
    return "\n\n".join(parts)
