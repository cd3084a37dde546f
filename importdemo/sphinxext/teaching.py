"""The teaching kit in an HTML build: each example's zip, a bundle per chapter, the course's.

When the build has finished, :func:`build_course` gathers every
``{example}`` of the pages in reading order (see
:mod:`importdemo.sphinxext.reading_order`), with the text around it (see
:mod:`importdemo.sphinxext.uses`) and what the build's runs printed (see
:mod:`importdemo.sphinxext.run_outputs`), and the zips are written from
that one :class:`~importdemo.sphinxext.kit.Course`.

Settings, in ``conf.py``:

``importdemo_reuse``
    Under which terms the examples and the text may be reused, and how to
    credit them, in Markdown: said in every README and given to the HTML
    templates as ``importdemo_reuse_html`` (for the footer).
``importdemo_code_license``
    The code's licence file, relative to ``conf.py``, quoted in full in
    every README (the MIT licence asks that its notice go with every copy).

Links in the READMEs are absolute under ``html_baseurl`` when it is set,
else relative to the site's root.

The course is built once per build (:func:`built_course`), for the zips
and the notebooks; what each directive printed is recalled from earlier
builds while nothing it depends on changed
(:mod:`importdemo.sphinxext.output_memo`), and a zip whose entries did not
change is not written again (:mod:`importdemo.sphinxext.written_files`).
"""

from __future__ import annotations

import dataclasses
import weakref
from pathlib import Path
from typing import TYPE_CHECKING

from sphinx.util import logging

from importdemo.sphinxext import build_runs
from importdemo.sphinxext.downloads import write_downloads
from importdemo.sphinxext.kit import Course, KitChapter, TaughtExample, course_name
from importdemo.sphinxext.kit_links import setup_kit_links
from importdemo.sphinxext.locations import file_location, setting_location
from importdemo.sphinxext.markdown import inline_markdown
from importdemo.sphinxext.output_memo import output_memo, remembered_outputs, setup_output_memo
from importdemo.sphinxext.reading_order import reading_order
from importdemo.sphinxext.render import command_line
from importdemo.sphinxext.run_outputs import page_outputs
from importdemo.sphinxext.site_links import link_resolver, page_url
from importdemo.sphinxext.uses import example_uses, setup_uses
from importdemo.sphinxext.written_files import written_files

if TYPE_CHECKING:
    from collections.abc import Callable

    from sphinx.application import Sphinx

    from importdemo.runner.interpreter import Interpreter
    from importdemo.runner.run import RunResult
    from importdemo.sphinxext.uses import ExampleUse

__all__ = ("build_course", "built_course", "setup_teaching")

logger = logging.getLogger(__name__)

#: The course of each build under way, by application.
_COURSES: weakref.WeakKeyDictionary[Sphinx, Course] = weakref.WeakKeyDictionary()


def build_course(app: Sphinx) -> Course:
    """The course as the downloads describe it, from this build's pages and runs."""
    config = app.config
    uses = example_uses(app.env)
    interpreters: tuple[Interpreter, ...] = ()
    if config.importdemo_check_outputs:
        interpreters = build_runs.build_interpreters(tuple(config.importdemo_pythons))
    chapters: list[KitChapter] = []
    for docname, caption in reading_order(app.env, config.root_doc):
        if docname not in uses:
            continue
        taught = [_taught(app, use, interpreters) for use in uses[docname]]
        examples = tuple(example for example in taught if example is not None)
        if examples:
            chapters.append(
                KitChapter(
                    number=len(chapters) + 1,
                    docname=docname,
                    title=inline_markdown(app.env.titles[docname]),
                    caption=caption,
                    url=page_url(app, docname),
                    examples=examples,
                )
            )
    license_text = _license_text(app)
    return Course(
        name=course_name(config.project),
        title=config.html_title or config.project,
        url=config.html_baseurl,
        reuse=config.importdemo_reuse,
        license_text=license_text,
        chapters=tuple(chapters),
    )


def built_course(app: Sphinx) -> Course:
    """This build's course, built on first use and shared by the zips and the notebooks."""
    course = _COURSES.get(app)
    if course is None:
        course = _COURSES[app] = build_course(app)
    return course


def setup_teaching(app: Sphinx) -> None:
    """Register the settings, collect where examples are taught, write the kit."""
    app.add_config_value("importdemo_reuse", "", "html", types=[str])
    app.add_config_value("importdemo_code_license", "", "html", types=[str])
    setup_uses(app)
    setup_kit_links(app)
    setup_output_memo(app)
    # Before anything that ends the build's runs at build-finished.
    app.connect("build-finished", _write_kit, priority=400)
    app.connect("build-finished", _forget_course, priority=900)


def _license_text(app: Sphinx) -> str:
    """The text of ``importdemo_code_license``; a warning, and none, when it is missing."""
    setting: str = app.config.importdemo_code_license
    if not setting:
        return ""
    path = Path(app.confdir) / setting
    if not path.is_file():
        logger.warning(
            "importdemo_code_license names %s, which is not a file; give the code's "
            'licence file, relative to conf.py, or set it to ""',
            path,
            location=setting_location(app, "importdemo_code_license"),
            type="importdemo",
            subtype="license",
        )
        return ""
    return path.read_text(encoding="utf-8")


def _write_kit(app: Sphinx, exception: Exception | None) -> None:
    if exception is not None or app.builder.format != "html":
        return
    examples = Path(app.config.importdemo_examples_path)
    course = built_course(app)
    for name in course.names:
        folder = examples / name
        if (folder / "README.md").exists():
            logger.warning(
                "example %s has a README.md of its own, which its downloads replace "
                "with one written from the pages; rename it (NOTES.md, for example)",
                name,
                location=file_location(folder / "README.md"),
                type="importdemo",
                subtype="readme",
            )
    write_downloads(course, examples, Path(app.outdir), written=written_files(app))


def _forget_course(app: Sphinx, exception: Exception | None) -> None:
    _COURSES.pop(app, None)


def _taught(
    app: Sphinx, use: ExampleUse, interpreters: tuple[Interpreter, ...]
) -> TaughtExample | None:
    """*use*, with what it printed on *interpreters* (none: the page's outputs, unverified)."""
    directive = use.directive
    folder = Path(app.config.importdemo_examples_path) / directive.name
    if not folder.is_dir():
        return None  # the directive has said so
    if interpreters:
        limits = (float(app.config.importdemo_timeout), int(app.config.importdemo_output_limit))
        outputs, not_runnable = remembered_outputs(
            output_memo(app), directive, folder, interpreters, limits, _recall(app, use, folder)
        )
    else:
        outputs, not_runnable = page_outputs(directive), []
    url = page_url(app, use.docname, use.anchor)
    plain = command_line(dataclasses.replace(directive, trace=False))
    return TaughtExample(
        name=directive.name,
        docname=use.docname,
        page_title=inline_markdown(app.env.titles[use.docname]),
        section_title=inline_markdown(use.section_title),
        url=url,
        summary=""
        if use.paragraph is None
        else inline_markdown(use.paragraph, resolve=link_resolver(app, use.docname, url)),
        command=command_line(directive),
        run_command=plain.removeprefix("$ "),
        traced=directive.trace,
        outputs=tuple(outputs),
        not_runnable=tuple(not_runnable),
        python=directive.python.label() if directive.python is not None else "",
        changed=""
        if use.changed is None
        else inline_markdown(use.changed, resolve=link_resolver(app, use.docname, url)),
    )


def _recall(app: Sphinx, use: ExampleUse, folder: Path) -> Callable[[Interpreter], RunResult]:
    """The build's own run of *use* on an interpreter: the one its page was checked against."""
    runs = build_runs.build_runs(app)
    limits = build_runs.run_limits(app.config)

    def recall(interpreter: Interpreter) -> RunResult:
        [(_, request)] = build_runs.example_requests(use.directive, folder, [interpreter], limits)
        return runs.result(request)

    return recall
