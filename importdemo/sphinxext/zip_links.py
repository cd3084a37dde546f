"""Each example's "Download the example (.zip)" link, as the builder places pages.

The directive records the zip file's path in the site
(``_examples/NAME.zip``); when a page is written, the link becomes:

- relative to the page, through the builder's own URIs, in HTML builds
  (``html`` puts ``tutorial/page`` in ``tutorial/page.html``, ``dirhtml`` in
  ``tutorial/page/index.html``: one folder deeper);
- absolute under ``html_baseurl`` elsewhere (a PDF, plain text), pointing to
  the published site's copy;
- left out elsewhere when ``html_baseurl`` is not set: there is no zip to
  point to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urljoin

from docutils import nodes
from sphinx.util.osutil import relative_uri

from importdemo.sphinxext.render import DOWNLOAD_CLASS

if TYPE_CHECKING:
    from sphinx.application import Sphinx

__all__ = ("resolve_zip_links", "setup_zip_links")


def resolve_zip_links(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Point each example's zip link of page *docname* where this build puts the zip."""
    here = app.builder.get_target_uri(docname)
    base = app.config.html_baseurl
    for link in list(doctree.findall(nodes.reference)):
        if DOWNLOAD_CLASS not in link["classes"]:
            continue
        path = link["refuri"]
        if app.builder.format == "html":
            link["refuri"] = relative_uri(here, path)
        elif base:
            link["refuri"] = urljoin(base.rstrip("/") + "/", path)
        else:
            _remove_with_space(link)


def _remove_with_space(link: nodes.reference) -> None:
    """Remove *link*, and the space the footer put before it."""
    parent = link.parent
    index = parent.index(link)
    if index and isinstance(parent[index - 1], nodes.Text) and parent[index - 1] == " ":
        parent.remove(parent[index - 1])
    parent.remove(link)


def setup_zip_links(app: Sphinx) -> None:
    """Resolve the links when each page is written."""
    app.connect("doctree-resolved", resolve_zip_links)
