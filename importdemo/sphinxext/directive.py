"""The ``{example}`` directive of the site."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, ClassVar

from docutils.parsers.rst import directives
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective

from importdemo.errors import ExampleError
from importdemo.pages.directive import OPTIONS, PageExample, read_example_directive
from importdemo.pages.scanner import scan_page
from importdemo.runner.example_folders import example_files, example_texts, find_example
from importdemo.sphinxext.downloads import example_zip_path
from importdemo.sphinxext.live import live_data, live_example
from importdemo.sphinxext.render import example_node
from importdemo.sphinxext.verify import pending_verification

if TYPE_CHECKING:
    from docutils import nodes

__all__ = ("ExampleDirective",)

logger = logging.getLogger(__name__)


@functools.lru_cache(maxsize=64)
def _directive_lines(page: str, mtime_ns: int) -> dict[int, int]:
    """The lines where the tests find ``{example}`` directives in *page*, with their bodies'.

    Read once per version of the page (*mtime_ns*), not once per directive.
    """
    text = Path(page).read_text(encoding="utf-8")
    return {found.line: found.body_line for found in scan_page(text)}


class ExampleDirective(SphinxDirective):
    """Show an example's files, the command and the output it must print.

    The files are read from the examples folder (``importdemo_examples``),
    so what a page shows is what the tests run. Nothing runs while the page
    is read: what the build's runs found is filled in later (see
    :mod:`importdemo.sphinxext.verify`).
    """

    required_arguments = 1
    has_content = True
    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = dict.fromkeys(
        OPTIONS, directives.unchanged
    )

    def run(self) -> list[nodes.Node]:
        # The folder a page names is used, even by a directive in error: that error
        # is reported below, and "used by no page" would send the author elsewhere.
        used = self.env.importdemo_used.setdefault(self.env.docname, set())  # type: ignore[attr-defined]
        used.add(self.arguments[0].strip())
        page = Path(self.env.doc2path(self.env.docname))
        if page.suffix != ".md":
            self._warn(
                "the {example} directive is for MyST pages (.md) only: the tests read "
                f"examples from Markdown pages, not from {page.name}; move this example "
                "into a .md page"
            )
            return []
        found = _directive_lines(str(page), page.stat().st_mtime_ns)
        try:
            directive = read_example_directive(
                self.arguments[0],
                {name: value or "" for name, value in self.options.items()},
                "\n".join(self.content) + "\n" if self.content else "",
                page=page,
                line=self.lineno,
                # Where the tests see the body start: the lines of outputs in messages.
                body_line=found.get(self.lineno, self.content_offset + 1),
            )
            folder = find_example(
                Path(self.config.importdemo_examples_path),
                directive.name,
                page=page,
                line=self.lineno,
            )
        except ExampleError as error:
            self._warn(error.message, line=error.line)
            return []
        if self.lineno not in found:
            self._warn(
                "this {example} is not at the left margin of the page (inside a list or "
                "another block), where the tests do not look for it; move it out"
            )
            return []
        for relative in example_files(folder):  # noted first: a fixed file rebuilds the page
            self.env.note_dependency(str(folder / relative))
        try:
            files = example_texts(folder)
        except ExampleError as error:
            self._warn(str(error))
            return []
        pending = None
        if self.config.importdemo_check_outputs:  # filled in once the page is resolved
            pending = pending_verification(
                directive=directive,
                folder=folder,
                files=[relative.as_posix() for relative, _ in files],
                docname=self.env.docname,
            )
        changed: list[nodes.Node] = []
        if directive.changed:
            changed, _ = self.parse_inline(directive.changed, lineno=self.lineno)
        self._check_emphasis(directive, dict(files))
        repository = self.config.importdemo_repository_url
        live = None
        if self.config.importdemo_live:
            data = live_data(directive, folder, [relative for relative, _ in files])
            live = live_example(data=data)
        node = example_node(
            directive,
            files,
            changed=changed,
            download=example_zip_path(directive.name),
            repository=f"{repository.rstrip('/')}/{directive.name}" if repository else "",
            live=live,
            pending=pending,
        )
        self.set_source_info(node)
        return [node]

    def _check_emphasis(self, directive: PageExample, files: dict[Path, str]) -> None:
        for name, lines in directive.emphasize.items():
            text = files.get(Path(name))
            problem = None
            if text is None:
                shown = ", ".join(path.as_posix() for path in files)
                problem = f"{directive.name} has no file {name} to emphasize; its files: {shown}"
            elif max(lines) > len(text.splitlines()):
                problem = f"{name} of {directive.name} has no line {max(lines)} to emphasize"
            if problem:
                self._warn(problem)

    def _warn(self, message: str, *, line: int | None = None, subtype: str = "example") -> None:
        """A build warning at this directive (or *line* of its page); ``-W`` makes it fatal."""
        logger.warning(
            "%s",
            message,
            location=(self.env.docname, line or self.lineno),
            type="importdemo",
            subtype=subtype,
        )
