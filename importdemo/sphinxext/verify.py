"""Verify each example's output in the docs build, on every interpreter, once.

The build can then say, truthfully, which versions printed what the page
shows. Reading a page runs nothing: the directive leaves a
:class:`pending_verification` node in its example's footer, also in the
processes Sphinx forks to read pages in parallel. Once the page is resolved
(``doctree-resolved``, always in the build's own process), each is filled
in from the build's runs (see :mod:`importdemo.sphinxext.build_runs`), as
``sphinx.ext.todo`` fills in its lists: the sentence naming the releases
that printed the page's output, why the example cannot run on a platform,
and, in the live-run data, the releases verified. Where a version prints
something else, a warning (``importdemo.stale``) at the directive's line
gives the diff; where a run could not happen at all (no clean environment,
no tracing on that CPython), another (``importdemo.run``) says why, and what
to do, without blaming the page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.util import logging

from importdemo.errors import ExampleError
from importdemo.pages.mismatch import describe_mismatch
from importdemo.sphinxext.build_runs import (
    build_interpreters,
    build_runs,
    end_runs,
    example_requests,
    finish_runs,
    run_limits,
)
from importdemo.sphinxext.live import live_data, live_example
from importdemo.sphinxext.render import footer_texts

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.environment import BuildEnvironment

    from importdemo.pages.directive import PageExample
    from importdemo.runner.interpreter import Interpreter
    from importdemo.runner.scheduler import Scheduler
    from importdemo.sphinxext.build_runs import RunLimits

__all__ = ("Verification", "pending_verification", "setup_verify", "verify_example")

logger = logging.getLogger(__name__)


@dataclass
class Verification:
    """What the build found for one directive."""

    #: The interpreters whose output and exit status are the page's, oldest first.
    verified: list[Interpreter] = field(default_factory=list)
    #: One message (what differs, with a diff) per version that disagrees.
    problems: list[str] = field(default_factory=list)
    #: One message per version the example could not be run on at all, and why.
    could_not_run: list[str] = field(default_factory=list)
    #: Why the example could not run on a platform (WebAssembly), once per reason.
    not_runnable: list[str] = field(default_factory=list)


class pending_verification(nodes.Inline, nodes.Element):
    """Where an example's verification goes, until its page is resolved.

    ``node["directive"]`` is the :class:`~importdemo.pages.directive.PageExample`,
    ``node["folder"]`` its example folder, ``node["files"]`` the files the
    page shows (for the live-run data), ``node["docname"]`` its page.
    """


def verify_example(
    directive: PageExample,
    folder: Path,
    *,
    runs: Scheduler,
    interpreters: tuple[Interpreter, ...],
    limits: RunLimits,
) -> Verification:
    """Run (or recall) the example on each interpreter, with *runs*, and compare with the page."""
    verification = Verification()
    futures = [
        (interpreter, runs.submit(request))
        for interpreter, request in example_requests(directive, folder, interpreters, limits)
    ]
    for interpreter, future in futures:
        try:
            result = future.result()
        except ExampleError as error:
            verification.could_not_run.append(
                f"could not run example {directive.name} on Python {interpreter.label}: {error}"
            )
            continue
        if result.not_runnable:
            if result.not_runnable not in verification.not_runnable:
                verification.not_runnable.append(result.not_runnable)
            continue
        problem = describe_mismatch(directive, result, located=False)  # the warning's own
        if problem is None:
            verification.verified.append(interpreter)
        else:
            verification.problems.append(problem)
    return verification


def fill_in_verifications(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """``doctree-resolved``: replace each :class:`pending_verification` with what the runs found."""
    pending = list(doctree.findall(pending_verification))
    if not pending:
        return
    interpreters = build_interpreters(tuple(app.config.importdemo_pythons))
    limits = run_limits(app.config)
    runs = build_runs(app)
    for node in pending:  # all started first: the page waits for its slowest run only
        for _, request in example_requests(node["directive"], node["folder"], interpreters, limits):
            runs.submit(request)
    for node in pending:
        directive: PageExample = node["directive"]
        verification = verify_example(
            directive, node["folder"], runs=runs, interpreters=interpreters, limits=limits
        )
        for subtype, messages in (
            ("run", verification.could_not_run),
            ("stale", verification.problems),
        ):
            for message in messages:
                logger.warning(
                    "%s",
                    message.rstrip("\n"),
                    location=(node["docname"], directive.line),
                    type="importdemo",
                    subtype=subtype,
                )
        _fill_in(node, directive, verification)


def _fill_in(node: pending_verification, directive: PageExample, found: Verification) -> None:
    footer = node.parent
    example = footer.parent
    node.replace_self(footer_texts(found.verified, found.not_runnable))
    if not footer.children:
        footer.parent.remove(footer)
    for live in example.findall(live_example):
        live["data"] = live_data(
            directive,
            node["folder"],
            [Path(name) for name in node["files"]],
            verified=found.verified,
            not_runnable=found.not_runnable,
        )


def _finish_runs(app: Sphinx, env: BuildEnvironment) -> None:
    if app.config.importdemo_check_outputs:
        finish_runs(app, env)


def _skip(self: Any, node: pending_verification) -> None:
    raise nodes.SkipNode  # never filled in: a builder that resolves no references


def setup_verify(app: Sphinx) -> None:
    """Register the placeholder, fill it in when pages are resolved, end the runs with the build."""
    skip = (_skip, None)
    app.add_node(pending_verification, html=skip, latex=skip, text=skip, man=skip, texinfo=skip)
    app.connect("env-updated", _finish_runs)
    app.connect("doctree-resolved", fill_in_verifications)
    # Last: the teaching kit (400) and the notebooks (410) read the runs first.
    app.connect("build-finished", end_runs, priority=900)
