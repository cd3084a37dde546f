"""Examples where nothing is interactive: a PDF, plain text, a man page.

An HTML page shows an example's files and its outputs by version as tabs,
and a traced run as a drawn timeline. For every other output format, a
post-transform lays them out one after another, as a reader of paper needs
them:

- each file as a listing titled with its path (as a one-file example is
  shown everywhere);
- each version's output as a listing titled with its range
  (``Python 3.12+``), in the order of the tabs;
- a traced run as the verified output itself, highlighted as a timeline by
  :class:`~importdemo.sphinxext.trace_lexer.TraceLexer`.

The live Run/Edit/Trace buttons (:mod:`importdemo.sphinxext.live`) are left
out by their own node's visitors.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.transforms.post_transforms import SphinxPostTransform

from importdemo.sphinxext.trace_lexer import TraceLexer
from importdemo.tracing.timeline import timeline_html

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.writers.html5 import HTML5Translator

__all__ = (
    "TRACE_LANGUAGE",
    "PrintedExamples",
    "setup_printed",
    "titled_listing",
    "trace_listing",
    "trace_timeline",
)

#: The Pygments name of :class:`~importdemo.sphinxext.trace_lexer.TraceLexer`.
TRACE_LANGUAGE = "importdemo-trace"
#: The classes of the tab sets this module lays out (see :mod:`importdemo.sphinxext.render`).
_TAB_SETS = frozenset({"importdemo-files", "importdemo-outputs"})


class trace_timeline(nodes.General, nodes.Element):
    """A traced run's output (``node["output"]``): a timeline in HTML, a listing elsewhere."""


def titled_listing(title: str, block: nodes.Element, *, classes: list[str]) -> nodes.container:
    """*block* under a caption *title*, as Sphinx builds a ``code-block`` with ``:caption:``."""
    wrapper = nodes.container("", literal_block=True, classes=["literal-block-wrapper", *classes])
    wrapper += nodes.caption(title, title)
    wrapper += block
    return wrapper


def trace_listing(node: trace_timeline) -> nodes.literal_block:
    """The traced output as a literal block, highlighted as a trace."""
    text = node["output"]
    block = nodes.literal_block(text, text, classes=["importdemo-output", "importdemo-trace"])
    block["language"] = TRACE_LANGUAGE
    return block


class PrintedExamples(SphinxPostTransform):
    """Lay out the examples' tabs and timelines for every format but HTML."""

    default_priority = 200

    def is_supported(self) -> bool:
        return bool(self.app.builder.format != "html")

    def run(self, **kwargs: Any) -> None:
        for node in list(self.document.findall(trace_timeline)):
            node.replace_self(trace_listing(node))
        for tab_set in list(self.document.findall(nodes.container)):
            kind = _TAB_SETS.intersection(tab_set["classes"])
            if "sd-tab-set" in tab_set["classes"] and kind:
                tab_set.replace_self(_one_after_another(tab_set, min(kind)))


def _one_after_another(tab_set: nodes.container, kind: str) -> list[nodes.Node]:
    """Each tab of *tab_set* as a listing titled with the tab's label."""
    shown: list[nodes.Node] = []
    item_class = "importdemo-file" if kind == "importdemo-files" else "importdemo-variant"
    for item in tab_set.children:
        assert isinstance(item, nodes.Element), item
        label, content = item.children
        assert isinstance(content, nodes.Element), content
        for block in content.children:
            assert isinstance(block, nodes.Element), block
            block.parent = None
            shown.append(titled_listing(label.astext(), block, classes=[item_class]))
    return shown


def _visit_html(self: HTML5Translator, node: trace_timeline) -> None:
    steps = self.config.importdemo_highlight_steps
    self.body.append(timeline_html(node["output"], highlight=steps))
    raise nodes.SkipNode


def setup_printed(app: Sphinx) -> None:
    """Register the timeline node, the trace lexer and the layout for print."""
    app.add_node(trace_timeline, html=(_visit_html, None))
    app.add_lexer(TRACE_LANGUAGE, TraceLexer)
    app.add_post_transform(PrintedExamples)
