"""Where the site offers the bundles: on the root page, on each chapter, and in the footer.

In HTML, the root page gets a line linking the course bundle, and each page
that teaches examples a line linking its chapter's bundle and the course's,
placed after the page's opening paragraphs (before its first section). The
lines give no count of the whole course: a page that an incremental build
does not write again would keep an old one.

The HTML templates get ``importdemo_course_zip``, the course bundle's path in
the site (for ``pathto(..., 1)``), and ``importdemo_reuse_html``, the reuse
terms (``importdemo_reuse``) as HTML, for the footer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.util.osutil import relative_uri

from importdemo.sphinxext.downloads import chapter_bundle_path, course_bundle_path
from importdemo.sphinxext.kit import course_name
from importdemo.sphinxext.uses import example_uses

if TYPE_CHECKING:
    from sphinx.application import Sphinx

__all__ = ("insert_after_intro", "setup_kit_links")

_EACH = "each with a README of what it shows and the output each release printed"


def setup_kit_links(app: Sphinx) -> None:
    """Add the bundles' links to the pages, and the reuse terms to the templates."""
    app.connect("doctree-resolved", _add_links)
    app.connect("html-page-context", _add_context)


def _names(app: Sphinx) -> dict[str, list[str]]:
    """The examples each page teaches, each once."""
    return {
        docname: list(dict.fromkeys(use.directive.name for use in uses))
        for docname, uses in example_uses(app.env).items()
    }


def _add_links(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    if app.builder.format != "html":
        return
    names = _names(app)
    if not names:
        return
    here = app.builder.get_target_uri(docname)
    course = relative_uri(here, course_bundle_path(course_name(app.config.project)))
    line = nodes.paragraph(classes=["importdemo-kit"])
    line += nodes.strong("", "Teaching kit: ")
    if docname in names:
        chapter = relative_uri(here, chapter_bundle_path(docname))
        count = len(names[docname])
        line += _link(f"this chapter\u2019s {_examples(count)}", chapter)
        line += nodes.Text(" or ")
        line += _link("the whole course\u2019s, by chapter", course)
        line += nodes.Text(f" (.zip), {_EACH}.")
    elif docname == app.config.root_doc:
        line += _link("every example of the course, by chapter", course)
        line += nodes.Text(f" (.zip), {_EACH}.")
    else:
        return
    insert_after_intro(doctree, line)


def _add_context(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    if any(_names(app).values()):
        context["importdemo_course_zip"] = course_bundle_path(course_name(app.config.project))
    if app.config.importdemo_reuse:
        from markdown_it import MarkdownIt

        context["importdemo_reuse_html"] = MarkdownIt("commonmark").renderInline(
            app.config.importdemo_reuse
        )


def _examples(count: int) -> str:
    return f"{count} example{'s' if count != 1 else ''}"


def _link(text: str, uri: str) -> nodes.reference:
    return nodes.reference("", text, refuri=uri, classes=["importdemo-link"])


def insert_after_intro(doctree: nodes.document, line: nodes.paragraph) -> None:
    """Put *line* before the first subsection of the page's top section (or at its end)."""
    top = next(iter(doctree.findall(nodes.section)), None)
    if top is None:
        doctree += line
        return
    for index, child in enumerate(top.children):
        if isinstance(child, nodes.section):
            top.insert(index, line)
            return
    top += line
