"""The teaching kit's data: every example of the course, where it is taught and what it printed.

A :class:`Course` is built once per HTML build (see
:mod:`importdemo.sphinxext.teaching`) from the pages' directives and the
build's own runs. The README files and the zips are written from it, and so
can anything else made for teachers (a notebook per chapter, a printed
course): one source, the verified runs, for every copy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from importdemo.sphinxext.run_outputs import ShownOutput

__all__ = ("Course", "KitChapter", "TaughtExample", "course_name")


def course_name(project: str) -> str:
    """The project's name as file names spell it: ``importdemo``."""
    return re.sub(r"[^a-z0-9]+", "-", project.lower()).strip("-") or "course"


@dataclass(frozen=True)
class TaughtExample:
    """One place where the course teaches an example: one ``{example}`` directive."""

    #: The example folder's name.
    name: str
    #: The document name of its page, such as ``"tutorial/sys-modules"``.
    docname: str
    #: The page's title, as Markdown.
    page_title: str
    #: Its section's title, as Markdown; the page's title for the page's top section.
    section_title: str
    #: The section's address: absolute under the site's base URL, else relative to the site.
    url: str
    #: What it shows: the page's paragraph (see :mod:`importdemo.sphinxext.uses`),
    #: as one line of Markdown; ``""`` when the section has none.
    summary: str
    #: The command as the page shows it, prompt included: ``$ python main.py``.
    command: str
    #: The command that runs it in its folder, without tracing: ``python main.py``.
    run_command: str
    #: The command traces the example, from the folder that holds it.
    traced: bool
    #: What it printed, by group of runtimes (see :mod:`importdemo.sphinxext.run_outputs`).
    outputs: tuple[ShownOutput, ...]
    #: Why it could not run on a platform, once per reason.
    not_runnable: tuple[str, ...] = ()
    #: The Pythons it is for, such as ``Python 3.15+``; ``""`` for every one.
    python: str = ""
    #: What changed between versions (its ``:changed:`` line), as Markdown; ``""`` for none.
    changed: str = ""


@dataclass(frozen=True)
class KitChapter:
    """A page of the course that teaches examples, in reading order."""

    #: Its place among the chapters that teach examples, from 1.
    number: int
    #: Its document name.
    docname: str
    #: Its title, as Markdown.
    title: str
    #: The caption of the table of contents that lists it (``"Tutorial"``), or ``""``.
    caption: str
    #: Its address, as :attr:`TaughtExample.url`.
    url: str
    #: The examples it teaches, in page order.
    examples: tuple[TaughtExample, ...]

    @property
    def slug(self) -> str:
        """Its name in file names: ``tutorial-sys-modules``."""
        return self.docname.replace("/", "-")

    @property
    def folder(self) -> str:
        """Its folder in the bundles, numbered in reading order: ``03-tutorial-sys-modules``."""
        return f"{self.number:02d}-{self.slug}"

    @property
    def names(self) -> list[str]:
        """The example folders it teaches, each once, in page order."""
        return list(dict.fromkeys(example.name for example in self.examples))


@dataclass(frozen=True)
class Course:
    """The whole course, as the downloads describe it."""

    #: Its short name, in file names: ``importdemo``.
    name: str
    #: Its title, as the site names it.
    title: str
    #: The address of its site, ``""`` when it has no base URL.
    url: str
    #: Under which terms the examples and the text may be reused, and how to
    #: credit them (Markdown); ``""`` when the course says nothing.
    reuse: str
    #: The code's licence, quoted in full in every README (its notice must
    #: go with every copy); ``""`` for none.
    license_text: str
    #: The chapters that teach examples, in reading order.
    chapters: tuple[KitChapter, ...]

    def uses(self, name: str) -> list[TaughtExample]:
        """Every place where example *name* is taught, in reading order."""
        return [
            example
            for chapter in self.chapters
            for example in chapter.examples
            if example.name == name
        ]

    @property
    def names(self) -> list[str]:
        """Every example folder the course teaches, each once, in reading order."""
        return list(dict.fromkeys(name for chapter in self.chapters for name in chapter.names))
