"""The site's link to the printable course, when one has been built.

``nox -s pdf`` builds the whole site as one PDF (Sphinx's LaTeX builder and
XeLaTeX). When the file named by ``importdemo_pdf`` (relative to
``conf.py``'s folder; default ``""``: no PDF) exists at the time of an
HTML build, the build copies it into the site, as :data:`PDF_FOLDER`/NAME,
and the root page links it, after its opening paragraphs. Without the file,
the site has no link and no copy: build the PDF first (``nox -s pdf``, then
``nox -s docs``) to publish both.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from docutils import nodes
from sphinx.util.osutil import relative_uri

from importdemo.sphinxext.kit_links import insert_after_intro
from importdemo.sphinxext.runtime_files import copy_if_changed
from importdemo.sphinxext.written_files import written_files

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

__all__ = ("PDF_FOLDER", "built_pdf", "setup_pdf_link")

#: The folder of the site that holds the PDF.
PDF_FOLDER = "_pdf"
_CLASS = "importdemo-pdf"


def built_pdf(app: Sphinx) -> Path | None:
    """The PDF named by ``importdemo_pdf``, if it exists."""
    setting = app.config.importdemo_pdf
    if not setting:
        return None
    path = Path(app.confdir, setting)
    return path if path.is_file() else None


def _state(app: Sphinx) -> str | None:
    """What the root page's link shows of the PDF: its size, or ``None`` without one."""
    pdf = built_pdf(app)
    return None if pdf is None else _megabytes(pdf)


def _outdated(
    app: Sphinx, env: BuildEnvironment, added: set[str], changed: set[str], removed: set[str]
) -> list[str]:
    """Rewrite the root page when the PDF appeared, changed or went away."""
    if app.builder.format != "html":
        return []
    state = _state(app)
    if getattr(env, "importdemo_pdf_state", None) == state:
        return []
    env.importdemo_pdf_state = state  # type: ignore[attr-defined]
    return [app.config.root_doc]


def _add_link(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    pdf = built_pdf(app)
    if pdf is None or app.builder.format != "html" or docname != app.config.root_doc:
        return
    uri = relative_uri(app.builder.get_target_uri(docname), f"{PDF_FOLDER}/{pdf.name}")
    line = nodes.paragraph(classes=[_CLASS])
    line += nodes.strong("", "Printable course: ")
    line += nodes.reference("", "the whole site as one PDF", refuri=uri, classes=[_CLASS])
    line += nodes.Text(f" ({_megabytes(pdf)}), with every example, output and trace.")
    insert_after_intro(doctree, line)


def _megabytes(pdf: Path) -> str:
    return f"{pdf.stat().st_size / 1e6:.1f} MB"


def _copy(app: Sphinx, exception: Exception | None) -> None:
    pdf = built_pdf(app)
    if exception is None and pdf is not None and app.builder.format == "html":
        target = Path(app.outdir) / PDF_FOLDER / pdf.name
        copy_if_changed(pdf, target, written=written_files(app))


def setup_pdf_link(app: Sphinx) -> None:
    """Register ``importdemo_pdf``, the root page's link and the copy into the site."""
    app.add_config_value("importdemo_pdf", "", "html", types=[str])
    app.connect("env-get-outdated", _outdated)
    app.connect("doctree-resolved", _add_link)
    app.connect("build-finished", _copy)
