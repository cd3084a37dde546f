"""Where each example is taught: the section and the paragraph around each ``{example}``.

Collected as each page is read (``doctree-read``) into the build
environment, so that a download can say what its example shows and where
the course teaches it, also in a build that reads only the pages that changed.

The paragraph is chosen by one rule: the last paragraph before the
directive in its section (in a dropdown or a note too, never in a
subsection or in another example); when the section has none before it,
the first one after it; else none, and the section's title says it alone.
Pages introduce an example in the paragraph just above it ("... and
``main.py`` tries to import it twice:"), which is why it comes first.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docutils import nodes

from importdemo.errors import ExampleError
from importdemo.pages.directive import read_found_directive
from importdemo.pages.scanner import scan_page

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

    from importdemo.pages.directive import PageExample

__all__ = ("ExampleUse", "collect_uses", "example_uses", "find_uses", "setup_uses")


@dataclass(frozen=True, eq=False)
class ExampleUse:
    """One ``{example}`` directive of a page, with the text around it."""

    #: The page's document name, such as ``"tutorial/sys-modules"``.
    docname: str
    #: The directive, read as the tests read it.
    directive: PageExample
    #: The title of its section (a detached copy).
    section_title: nodes.title
    #: The section's anchor in the page; ``""`` for the page's own top section.
    anchor: str
    #: The paragraph that says what it shows (a detached copy), or ``None``.
    paragraph: nodes.paragraph | None
    #: Its ``:changed:`` line as the page shows it (a detached copy), or ``None``.
    changed: nodes.paragraph | None = None


def find_uses(
    doctree: nodes.document, directives: Sequence[PageExample], docname: str
) -> list[ExampleUse]:
    """The uses of *directives* in *doctree*, in page order.

    A directive is found by the line of its opening fence, which the
    directive gives its node (``set_source_info``); one that produced no
    node (a directive the build refused) has no use.
    """
    by_line = {directive.line: directive for directive in directives}
    shown: dict[int, nodes.Element] = {}
    for node in doctree.findall(nodes.Element):
        line = node.line
        if line in by_line and line not in shown and not isinstance(node, nodes.TextElement):
            shown[line] = node
    examples = {id(node) for node in shown.values()}
    uses = []
    for line, node in sorted(shown.items()):
        section = _section(node)
        if section is None:
            continue
        top = isinstance(section.parent, nodes.document)
        paragraph = _paragraph(section, node, examples)
        uses.append(
            ExampleUse(
                docname=docname,
                directive=by_line[line],
                section_title=_detached(section[0]),
                anchor="" if top or not section["ids"] else section["ids"][0],
                paragraph=None if paragraph is None else _detached(paragraph),
                changed=_changed(node),
            )
        )
    return uses


def example_uses(env: BuildEnvironment) -> dict[str, list[ExampleUse]]:
    """The uses found so far, by page."""
    if not hasattr(env, "importdemo_uses"):
        env.importdemo_uses = {}  # type: ignore[attr-defined]
    uses: dict[str, list[ExampleUse]] = env.importdemo_uses  # type: ignore[attr-defined]
    return uses


def collect_uses(app: Sphinx, doctree: nodes.document) -> None:
    """``doctree-read``: record the uses of the page just read."""
    env = app.env
    page = Path(env.doc2path(env.docname))
    if page.suffix != ".md":
        return
    directives = []
    for found in scan_page(page.read_text(encoding="utf-8")):
        try:
            directives.append(read_found_directive(found, page))
        except ExampleError:
            continue  # the directive itself reports it
    found_uses = find_uses(doctree, directives, env.docname)
    if found_uses:
        example_uses(env)[env.docname] = found_uses


def setup_uses(app: Sphinx) -> None:
    """Collect the uses while pages are read; forget those of removed pages."""
    app.connect("doctree-read", collect_uses)
    app.connect("env-purge-doc", _purge)
    app.connect("env-merge-info", _merge)


def _purge(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    example_uses(env).pop(docname, None)


def _merge(app: Sphinx, env: BuildEnvironment, docnames: set[str], other: Any) -> None:
    uses = example_uses(env)
    for docname, found in example_uses(other).items():
        if docname in docnames:
            uses[docname] = found


def _section(node: nodes.Node) -> nodes.section | None:
    parent = node.parent
    while parent is not None and not isinstance(parent, nodes.section):
        parent = parent.parent
    return parent


def _paragraph(
    section: nodes.section, example: nodes.Element, examples: set[int]
) -> nodes.paragraph | None:
    before: nodes.paragraph | None = None
    seen = False
    for node in _body(section, examples):
        if node is example:
            seen = True
        elif isinstance(node, nodes.paragraph):
            if seen:
                return before or node
            before = node
    return before


def _changed(example: nodes.Element) -> nodes.paragraph | None:
    """The example's ``:changed:`` line, shown above outputs that differ by version."""
    for paragraph in example.findall(nodes.paragraph):
        if "importdemo-changed" in paragraph["classes"]:
            return _detached(paragraph)  # type: ignore[no-any-return]
    return None


def _body(element: nodes.Element, examples: set[int]) -> Iterator[nodes.Element]:
    """The elements of a section, in order, leaving out subsections and examples' insides."""
    for child in element.children:
        if not isinstance(child, nodes.Element) or isinstance(child, nodes.section):
            continue
        yield child
        if id(child) not in examples:
            yield from _body(child, examples)


def _detached(node: nodes.Node) -> Any:
    """A copy of *node* that holds no reference to its document, small to pickle."""
    copy = node.deepcopy()
    for part in copy.findall():
        part.document = None  # type: ignore[assignment]
    return copy
