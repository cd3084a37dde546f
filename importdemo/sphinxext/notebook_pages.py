"""A chapter's notebook straight from its page and the example runs, without a site build.

The tests build the notebooks this way, before the site exists: the same
:func:`~importdemo.sphinxext.notebook.chapter_notebook` as the build, fed
with the page's MyST source and the runs of its examples on one Python
(recalled from the result cache when nothing changed, see
:mod:`importdemo.runner.result_cache`), grouped as the build groups them
(:func:`~importdemo.sphinxext.run_outputs.group_results`). Only the links of
cross-references are missing: they need the site.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from importdemo.pages.directive import read_found_directive
from importdemo.pages.scanner import scan_page
from importdemo.runner.example_folders import example_files, find_example
from importdemo.runner.run import DEFAULT_OUTPUT_LIMIT, DEFAULT_TIMEOUT
from importdemo.runner.scheduler import Scheduler
from importdemo.sphinxext.myst_markdown import myst_to_markdown
from importdemo.sphinxext.notebook import NotebookChapter, NotebookExample, chapter_notebook
from importdemo.sphinxext.run_outputs import group_results

if TYPE_CHECKING:
    from pathlib import Path

    from importdemo.runner.interpreter import Interpreter

__all__ = ("example_pages", "page_notebook")

_TITLE = re.compile(r"^# (?P<title>.+)$", re.MULTILINE)


def example_pages(pages: Path) -> list[Path]:
    """The pages under *pages* that show examples: the chapters that get a notebook."""
    return [
        page
        for page in sorted(pages.rglob("*.md"))
        if not any(part.startswith(("_", ".")) for part in page.relative_to(pages).parts)
        and any(True for _ in scan_page(page.read_text(encoding="utf-8")))
    ]


def page_notebook(
    page: Path,
    *,
    examples: Path,
    python: Interpreter,
    cache: Path,
    shown_as: str,
    timeout: float = DEFAULT_TIMEOUT,
    output_limit: int = DEFAULT_OUTPUT_LIMIT,
) -> dict[str, Any]:
    """The notebook of *page* (named *shown_as* in messages), its outputs run on *python*.

    Raises :class:`~importdemo.errors.ExampleError` for a directive the
    build would refuse, naming the page and line.
    """
    text = page.read_text(encoding="utf-8")
    chapter: dict[int, NotebookExample] = {}
    with Scheduler(cache=cache) as runs:
        for found in scan_page(text):
            directive = read_found_directive(found, page)
            folder = find_example(examples, directive.name, page=page, line=directive.line)
            results = []
            if directive.runs_on(python.version):
                request = directive.run_request(
                    folder, python, timeout=timeout, output_limit=output_limit
                )
                results.append(runs.result(request))
            files = tuple(
                (path.as_posix(), (folder / path).read_bytes()) for path in example_files(folder)
            )
            outputs = tuple(group_results(directive, results))
            chapter[directive.line] = NotebookExample(directive, files, outputs)
    title = _TITLE.search(text)
    return chapter_notebook(
        NotebookChapter(
            title=myst_to_markdown(title.group("title")).strip() if title else page.stem,
            page=shown_as,
            text=text,
            examples=chapter,
            python=python,
            timeout=timeout,
        )
    )
