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
from importdemo.sphinxext.verify import (
    Verification,
    build_interpreters,
    results_folder,
    run_limits,
    verify_example,
)

if TYPE_CHECKING:
    from docutils import nodes

__all__ = ("ExampleDirective",)

logger = logging.getLogger(__name__)


@functools.lru_cache(maxsize=64)
def _directive_lines(page: str, mtime_ns: int) -> frozenset[int]:
    """The lines where the tests find ``{example}`` directives in *page*.

    Read once per version of the page (*mtime_ns*), not once per directive.
    """
    text = Path(page).read_text(encoding="utf-8")
    return frozenset(found.line for found in scan_page(text))


class ExampleDirective(SphinxDirective):
    """Show an example's files, the command and the output it must print.

    The files are read from the examples folder (``importdemo_examples``),
    so what a page shows is what the tests run.
    """

    required_arguments = 1
    has_content = True
    option_spec: ClassVar[dict[str, Callable[[str], Any]]] = dict.fromkeys(
        OPTIONS, directives.unchanged
    )

    def run(self) -> list[nodes.Node]:
        page = Path(self.env.doc2path(self.env.docname))
        if page.suffix != ".md":
            self._warn(
                "the {example} directive is for MyST pages (.md) only: the tests read "
                f"examples from Markdown pages, not from {page.name}; move this example "
                "into a .md page"
            )
            return []
        try:
            directive = read_example_directive(
                self.arguments[0],
                {name: value or "" for name, value in self.options.items()},
                "\n".join(self.content) + "\n" if self.content else "",
                page=page,
                line=self.lineno,
                body_line=self.content_offset + 1,
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
        if self.lineno not in _directive_lines(str(page), page.stat().st_mtime_ns):
            self._warn(
                "this {example} is not at the left margin of the page (inside a list or "
                "another block), where the tests do not look for it; move it out"
            )
            return []
        self.env.importdemo_used.setdefault(self.env.docname, set()).add(directive.name)  # type: ignore[attr-defined]
        for relative in example_files(folder):  # noted first: a fixed file rebuilds the page
            self.env.note_dependency(str(folder / relative))
        try:
            files = example_texts(folder)
        except ExampleError as error:
            self._warn(str(error))
            return []
        verification = Verification()
        if self.config.importdemo_check_outputs:
            verification = self._verify(directive, folder)
        changed: list[nodes.Node] = []
        if directive.changed:
            changed, _ = self.parse_inline(directive.changed, lineno=self.lineno)
        self._check_emphasis(directive, dict(files))
        repository = self.config.importdemo_repository_url
        live = None
        if self.config.importdemo_live:
            data = live_data(
                directive,
                folder,
                [relative for relative, _ in files],
                verified=verification.verified,
                not_runnable=verification.not_runnable,
            )
            live = live_example(data=data)
        node = example_node(
            directive,
            files,
            changed=changed,
            verified=verification.verified,
            not_runnable=verification.not_runnable,
            download=example_zip_path(directive.name),
            repository=f"{repository.rstrip('/')}/{directive.name}" if repository else "",
            live=live,
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

    def _verify(self, directive: PageExample, folder: Path) -> Verification:
        """Warn, with page, line and diff, for each version that prints otherwise."""
        verification = verify_example(
            directive,
            folder,
            interpreters=build_interpreters(tuple(self.config.importdemo_pythons)),
            cache=results_folder(self.env.app.outdir),
            limits=run_limits(self.config),
        )
        for problem in verification.problems:
            self._warn(problem.rstrip("\n"), subtype="stale")
        return verification

    def _warn(self, message: str, *, line: int | None = None, subtype: str = "example") -> None:
        """A build warning at this directive (or *line* of its page); ``-W`` makes it fatal."""
        logger.warning(
            "%s",
            message,
            location=(self.env.docname, line or self.lineno),
            type="importdemo",
            subtype=subtype,
        )
