"""Addresses for the downloads: of a page's sections, and of the links in its paragraphs.

Under ``html_baseurl`` when it is set, as the published site has them, so a
README outside the site still links to it; else from the site's root. A
paragraph's cross-references (``{term}``, ``{doc}``, a Python object) are
resolved as Sphinx resolves them for the page: by their domain, else by
``missing-reference`` handlers such as intersphinx's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from docutils import nodes
from sphinx import addnodes

if TYPE_CHECKING:
    from sphinx.application import Sphinx

    from importdemo.sphinxext.markdown import LinkResolver

__all__ = ("link_resolver", "page_url")


def page_url(app: Sphinx, docname: str, anchor: str = "") -> str:
    """The address of *docname* (at *anchor*): under ``html_baseurl``, else from the site's root."""
    uri = app.builder.get_target_uri(docname) + (f"#{anchor}" if anchor else "")
    base = app.config.html_baseurl
    return urljoin(base.rstrip("/") + "/", uri) if base else uri


def link_resolver(app: Sphinx, docname: str, here: str) -> LinkResolver:
    """Give the links of page *docname*, whose address is *here*, the site's addresses."""

    def resolve(node: nodes.Element) -> tuple[str, nodes.Element] | None:
        if isinstance(node, nodes.reference):
            uri = node.get("refuri", "")
            return (urljoin(here, uri), node) if uri and _linkable(uri, app) else None
        resolved = _resolve_xref(app, docname, node)
        uri = "" if resolved is None else resolved.get("refuri", "")
        if resolved is None or not uri or not _linkable(uri, app):
            return None
        return urljoin(here, uri), resolved

    return resolve


def _resolve_xref(app: Sphinx, docname: str, node: nodes.Element) -> nodes.Element | None:
    """What Sphinx makes of a cross-reference: its domain's answer, else intersphinx's."""
    if not isinstance(node, addnodes.pending_xref):
        return None
    first = node.children[0] if node.children else None
    text = node.astext()
    contnode = first.deepcopy() if isinstance(first, nodes.Element) else nodes.inline(text, text)
    resolved = None
    try:
        if node.get("refdomain"):
            domain = app.env.get_domain(node["refdomain"])
            resolved = domain.resolve_xref(
                app.env, docname, app.builder, node["reftype"], node["reftarget"], node, contnode
            )
        if resolved is None:
            resolved = app.emit_firstresult("missing-reference", app.env, node, contnode)
    except Exception:  # a link it cannot make is written as text
        return None
    return resolved if isinstance(resolved, nodes.Element) else None


def _linkable(uri: str, app: Sphinx) -> bool:
    """An absolute address, or one inside the site when the site has an address."""
    return bool(urlsplit(uri).scheme) or bool(app.config.html_baseurl)
