"""A Jupyter notebook per chapter, written by an HTML build and linked from the chapter.

When the build has finished, each chapter of the teaching kit's
:class:`~importdemo.sphinxext.kit.Course` (each page that teaches examples)
is written as ``_examples/notebooks/CHAPTER.ipynb`` (see
:mod:`importdemo.sphinxext.notebook`), with what the build's runs printed:
the same outputs as the zips' READMEs. The notebook holds the outputs of
the build's own CPython (the kernel a teacher most likely has), or, when
the build did not run that release, of the newest native CPython it ran.

Each chapter's "Teaching kit" line (:mod:`importdemo.sphinxext.kit_links`)
gets a link to its notebook.
"""

from __future__ import annotations

import dataclasses
import json
import posixpath
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx import addnodes
from sphinx.util.osutil import relative_uri

from importdemo.runner.example_folders import example_files
from importdemo.runner.pythons import python_for
from importdemo.sphinxext.downloads import DOWNLOADS
from importdemo.sphinxext.myst_markdown import Links
from importdemo.sphinxext.notebook import (
    NotebookChapter,
    NotebookExample,
    chapter_notebook,
    notebook_json,
)
from importdemo.sphinxext.site_links import link_resolver, page_url
from importdemo.sphinxext.teaching import built_course
from importdemo.sphinxext.uses import example_uses
from importdemo.sphinxext.written_files import content_key, source_key, written_files

if TYPE_CHECKING:
    from sphinx.application import Sphinx

    from importdemo.runner.interpreter import Interpreter
    from importdemo.sphinxext.kit import Course, KitChapter

__all__ = ("SphinxLinks", "notebook_path", "setup_notebooks", "write_notebooks")

#: The class of each chapter's link to its notebook.
NOTEBOOK_CLASS = "importdemo-notebook"
_PYTHON_ROLES = {"attr", "class", "const", "data", "exc", "func", "meth", "mod", "obj"}


def notebook_path(docname: str) -> str:
    """Chapter *docname*'s notebook, in the site: ``_examples/notebooks/tutorial-x.ipynb``."""
    return f"{DOWNLOADS}/notebooks/{docname.replace('/', '-')}.ipynb"


def write_notebooks(app: Sphinx, course: Course) -> list[Path]:
    """Write the notebook of each chapter of *course* into the build's output folder.

    A notebook is made again only when what it is made from changed (see
    :mod:`importdemo.sphinxext.written_files`): its chapter (the page, the
    examples' files, their outputs), the code that makes it, or where one of
    the cross-references it asked about leads now.
    """
    python = notebook_python(course)
    record = written_files(app)
    written = []
    for chapter in course.chapters:
        target = Path(app.outdir) / notebook_path(chapter.docname)
        made = _chapter(app, chapter, course, python)
        links = _AskedLinks(made.links or Links())
        inputs = content_key(source_key(), repr(dataclasses.replace(made, links=None)))
        if not record.current(target, links.key(inputs, record.questions(target))):
            text = notebook_json(chapter_notebook(dataclasses.replace(made, links=links)))
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
            record.wrote(target, links.key(inputs, links.asked), questions=links.asked)
        written.append(target)
    return written


def notebook_python(course: Course) -> Interpreter:
    """The CPython whose outputs the notebooks hold: the build's own release, if it ran."""
    ran = {
        interpreter.release: interpreter
        for chapter in course.chapters
        for example in chapter.examples
        for output in example.outputs
        for interpreter in output.interpreters
        if not interpreter.webassembly
    }
    if not ran:
        return python_for(None)
    mine = [python for python in ran.values() if python.version[:2] == sys.version_info[:2]]
    return mine[0] if mine else max(ran.values(), key=lambda python: python.version)


class SphinxLinks(Links):
    """The site's addresses of the cross-references of page *docname*, from the build."""

    def __init__(self, app: Sphinx, docname: str) -> None:
        self.app, self.docname = app, docname
        self.resolve = link_resolver(app, docname, page_url(app, docname))

    def page(self, target: str) -> str | None:
        path, _, anchor = target.partition("#")
        if not path:
            return page_url(self.app, self.docname, anchor)
        if not path.endswith(".md"):
            return None
        found = self._docname(path.removesuffix(".md"))
        return None if found is None else page_url(self.app, found, anchor)

    def doc(self, target: str) -> tuple[str, str] | None:
        found = self._docname(target)
        if found is None:
            return None
        return self.app.env.titles[found].astext(), page_url(self.app, found)

    def ref(self, label: str) -> tuple[str, str] | None:
        labels = self.app.env.get_domain("std").labels  # type: ignore[attr-defined]
        if label.lower() not in labels:
            return None
        docname, anchor, title = labels[label.lower()]
        return title, page_url(self.app, docname, anchor)

    def term(self, term: str) -> str | None:
        return self._xref("std", "term", term)

    def python(self, role: str, target: str) -> str | None:
        return self._xref("py", role, target) if role in _PYTHON_ROLES else None

    def _xref(self, domain: str, role: str, target: str) -> str | None:
        """Where Sphinx sends ``{role}`target``` of this page (its domain, else intersphinx)."""
        node = addnodes.pending_xref(
            "", nodes.literal(target, target), refdomain=domain, reftype=role,
            reftarget=target, refexplicit=False, refdoc=self.docname,
        )  # fmt: skip
        found = self.resolve(node)
        return None if found is None else found[0]

    def _docname(self, target: str) -> str | None:
        if target.startswith("/"):
            found = target[1:]
        else:
            found = posixpath.normpath(posixpath.join(posixpath.dirname(self.docname), target))
        return found if found in self.app.env.titles else None


class _AskedLinks(Links):
    """*links*, noting each question asked (``["term", ["module"]]``), once, in order."""

    def __init__(self, links: Links) -> None:
        self.links = links
        self.asked: list[list[Any]] = []

    def key(self, inputs: str, questions: list[list[Any]]) -> str:
        """A digest of *inputs* and of what *questions* get as answers now."""
        answers = [self._answer(question) for question in questions]
        return content_key(inputs, json.dumps(questions), repr(answers))

    def page(self, target: str) -> str | None:
        self._note("page", target)
        return self.links.page(target)

    def doc(self, target: str) -> tuple[str, str] | None:
        self._note("doc", target)
        return self.links.doc(target)

    def ref(self, label: str) -> tuple[str, str] | None:
        self._note("ref", label)
        return self.links.ref(label)

    def term(self, term: str) -> str | None:
        self._note("term", term)
        return self.links.term(term)

    def python(self, role: str, target: str) -> str | None:
        self._note("python", role, target)
        return self.links.python(role, target)

    def _note(self, method: str, *args: str) -> None:
        question = [method, list(args)]
        if question not in self.asked:
            self.asked.append(question)

    def _answer(self, question: list[Any]) -> Any:
        """What the build answers to *question* now (``None`` to one that is not a question)."""
        try:
            method, args = question
            if method in ("page", "doc", "ref", "term", "python"):
                return getattr(self.links, method)(*args)
        except (TypeError, ValueError):
            pass
        return None


def setup_notebooks(app: Sphinx) -> None:
    """Write the notebooks when the build has finished, and link each from its chapter."""
    app.connect("doctree-resolved", _add_link)
    # After the kit's zips (400), before anything that ends the build's runs.
    app.connect("build-finished", _write, priority=410)


def _write(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or app.builder.format != "html":
        return
    course = built_course(app)
    if course.chapters:
        write_notebooks(app, course)


def _chapter(
    app: Sphinx, chapter: KitChapter, course: Course, python: Interpreter
) -> NotebookChapter:
    examples_folder = Path(app.config.importdemo_examples_path)
    uses = [
        use
        for use in example_uses(app.env)[chapter.docname]
        if (examples_folder / use.directive.name).is_dir()
    ]
    examples = {}
    for use, taught in zip(uses, chapter.examples):
        folder = examples_folder / use.directive.name
        files = tuple(
            (path.as_posix(), (folder / path).read_bytes()) for path in example_files(folder)
        )
        examples[use.directive.line] = NotebookExample(use.directive, files, taught.outputs)
    page = Path(app.env.doc2path(chapter.docname))
    return NotebookChapter(
        title=chapter.title,
        page=_shown_page(page, Path(app.confdir)),
        text=page.read_text(encoding="utf-8"),
        examples=examples,
        python=python,
        url=chapter.url,
        course=course.title,
        reuse=course.reuse,
        timeout=float(app.config.importdemo_timeout),
        links=SphinxLinks(app, chapter.docname),
    )


def _shown_page(page: Path, confdir: Path) -> str:
    """The page as messages name it: from the folder above ``conf.py``'s (``docs/x.md``)."""
    try:
        return page.resolve().relative_to(confdir.resolve().parent).as_posix()
    except ValueError:
        return page.as_posix()


def _add_link(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    if app.builder.format != "html" or docname not in example_uses(app.env):
        return
    here = app.builder.get_target_uri(docname)
    for line in doctree.findall(nodes.paragraph):
        if "importdemo-kit" in line["classes"]:
            line += nodes.Text(" Or open ")
            line += nodes.reference(
                "",
                "this chapter as a Jupyter notebook",
                refuri=relative_uri(here, notebook_path(docname)),
                classes=["importdemo-link", NOTEBOOK_CLASS],
            )
            line += nodes.Text(" (.ipynb), each example ready to run.")
            return
