"""The runs of one docs build: one scheduler per build, started ahead, ended with the build.

Each build gets its own :class:`~importdemo.runner.scheduler.Scheduler`
(:func:`build_runs`), in the build's own process. When reading begins
(``env-before-read-docs``), :func:`start_runs` asks it for the run of every
``{example}`` of the pages about to be read, on every interpreter, so the
cores run examples while Sphinx parses; the results are used once pages
are resolved (see :mod:`importdemo.sphinxext.verify`), never while they are
read, so the processes Sphinx forks to read in parallel run nothing. With
``-j N``, the runs wait until reading is over instead, and are all made
before writing begins (:func:`finish_runs`), so that no run is under way
when Sphinx forks. When the build ends (``build-finished``, also after an
error), :func:`end_runs` cancels the runs not started yet. Results are stored beside the build's
output folder (:func:`results_folder`), and recalled while nothing they
depend on changed (see :mod:`importdemo.runner.result_cache`).
"""

from __future__ import annotations

import concurrent.futures
import functools
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from importdemo.errors import ExampleError
from importdemo.pages.directive import read_found_directive
from importdemo.pages.scanner import scan_page
from importdemo.runner.example_folders import find_example
from importdemo.runner.pythons import find_pythons
from importdemo.runner.scheduler import Scheduler

if TYPE_CHECKING:
    from collections.abc import Iterable
    from concurrent.futures import Future

    from sphinx.application import Sphinx
    from sphinx.config import Config
    from sphinx.environment import BuildEnvironment

    from importdemo.pages.directive import PageExample
    from importdemo.runner.interpreter import Interpreter
    from importdemo.runner.run import RunRequest, RunResult

__all__ = (
    "RunLimits",
    "build_interpreters",
    "build_runs",
    "end_runs",
    "example_requests",
    "finish_runs",
    "results_folder",
    "run_limits",
    "start_runs",
)

#: The scheduler of each build under way, by application.
_RUNS: weakref.WeakKeyDictionary[Sphinx, Scheduler] = weakref.WeakKeyDictionary()


@dataclass(frozen=True)
class RunLimits:
    """How long an example may run, and how much it may print, in this build."""

    timeout: float
    output_limit: int


def run_limits(config: Config) -> RunLimits:
    """The limits the course's ``[tool.importdemo]`` table set for this build."""
    return RunLimits(float(config.importdemo_timeout), int(config.importdemo_output_limit))


@functools.cache
def build_interpreters(chosen: tuple[str, ...]) -> tuple[Interpreter, ...]:
    """The Pythons a build verifies on: *chosen*, or every one found (WebAssembly too)."""
    return tuple(find_pythons(chosen)[0])


def results_folder(outdir: str | Path) -> Path:
    """Where a build keeps its stored results: beside its output folder."""
    return Path(outdir).parent / ".importdemo-results"


def build_runs(app: Sphinx) -> Scheduler:
    """The scheduler of *app*'s build under way, made on first use."""
    runs = _RUNS.get(app)
    if runs is None:
        runs = _RUNS[app] = Scheduler(cache=results_folder(app.outdir))
    return runs


def example_requests(
    directive: PageExample, folder: Path, interpreters: Iterable[Interpreter], limits: RunLimits
) -> list[tuple[Interpreter, RunRequest]]:
    """The run *directive* asks for on each of *interpreters* its ``:python:`` range holds."""
    return [
        (
            interpreter,
            directive.run_request(
                folder, interpreter, timeout=limits.timeout, output_limit=limits.output_limit
            ),
        )
        for interpreter in interpreters
        if directive.runs_on(interpreter.version, webassembly=interpreter.webassembly)
    ]


def start_runs(app: Sphinx, env: BuildEnvironment, docnames: Iterable[str]) -> None:
    """``env-before-read-docs``: start the runs of every ``{example}`` of the pages to read.

    Not when Sphinx forks processes to read and write (``-j N``): see :func:`finish_runs`.
    """
    if app.parallel <= 1:
        _submit_pages(app, env, docnames)


def finish_runs(app: Sphinx, env: BuildEnvironment) -> None:
    """``env-updated``, with ``-j N``: make every page's runs now, and wait for them all.

    A process forked while a run starts its own keeps that run's pipes open,
    and the run waits for the forked process to end; a forked writer waits
    for the build process to read what it sends, and the build process waits
    for the run: the build would hang. So with ``-j N`` nothing runs while
    Sphinx reads in forked processes, and every run is over before it forks
    the writers: here, between the two, when no forked process is left.
    """
    if app.parallel > 1:
        futures = _submit_pages(app, env, sorted(env.found_docs))
        concurrent.futures.wait(futures)  # failures are reported with their pages


def _submit_pages(
    app: Sphinx, env: BuildEnvironment, docnames: Iterable[str]
) -> list[Future[RunResult]]:
    """Ask the build's scheduler for the run of every ``{example}`` of *docnames*."""
    examples = Path(app.config.importdemo_examples_path)
    interpreters = build_interpreters(tuple(app.config.importdemo_pythons))
    limits = run_limits(app.config)
    runs = build_runs(app)
    futures = []
    for docname in docnames:
        page = Path(env.doc2path(docname))
        if page.suffix != ".md":
            continue
        for found in scan_page(page.read_text(encoding="utf-8")):
            try:
                directive = read_found_directive(found, page)
                folder = find_example(examples, directive.name)
            except ExampleError:
                continue  # the directive itself reports it when it is read
            for _, request in example_requests(directive, folder, interpreters, limits):
                futures.append(runs.submit(request))
    return futures


def end_runs(app: Sphinx, exception: Exception | None) -> None:
    """``build-finished``, after everything that reads results: cancel the runs not started."""
    runs = _RUNS.pop(app, None)
    if runs is not None:
        runs.shutdown(cancel_futures=True)
