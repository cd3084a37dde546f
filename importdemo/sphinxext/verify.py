"""Verify an example's output while the site is built, on every interpreter found.

The build can then say, truthfully, which versions printed what the page
shows. Results are cached by content (see :mod:`importdemo.runner.result_cache`), so
a rebuild runs only the examples whose files changed.
"""

from __future__ import annotations

import functools
import os
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from importdemo.errors import ExampleError
from importdemo.pages.directive import read_found_directive
from importdemo.pages.mismatch import describe_mismatch
from importdemo.pages.scanner import scan_page
from importdemo.runner.example_folders import find_example
from importdemo.runner.pythons import find_pythons
from importdemo.runner.result_cache import cached_run
from importdemo.runner.scheduler import run_ahead_width, start_run

if TYPE_CHECKING:
    from collections.abc import Iterable

    from sphinx.application import Sphinx
    from sphinx.config import Config
    from sphinx.environment import BuildEnvironment

    from importdemo.pages.directive import PageExample
    from importdemo.runner.interpreter import Interpreter
    from importdemo.runner.run import RunResult

__all__ = (
    "RUNS",
    "RunsAhead",
    "Verification",
    "build_interpreters",
    "results_folder",
    "start_runs",
    "verify_example",
)


@dataclass
class Verification:
    """What the build found for one directive."""

    #: The interpreters whose output and exit status are the page's, oldest first.
    verified: list[Interpreter] = field(default_factory=list)
    #: One message (page, line, diff) per version that disagrees.
    problems: list[str] = field(default_factory=list)
    #: Why the example could not run on a platform (WebAssembly), once per reason.
    not_runnable: list[str] = field(default_factory=list)


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


class RunsAhead:
    """The runs of a build, started together in one pool, two runs per core.

    Sphinx reads the pages one after the other; starting every run when
    reading begins keeps the cores busy while it parses. Runs are started
    at most once per build process: a process that Sphinx forks for a
    parallel read does not wait on threads it has not inherited, and runs
    its own examples instead.
    """

    def __init__(self) -> None:
        self._owner = os.getpid()
        self._pool = ThreadPoolExecutor(max_workers=run_ahead_width())
        self._runs: dict[_RunKey, Future[RunResult]] = {}

    def start(
        self,
        directive: PageExample,
        folder: Path,
        interpreter: Interpreter,
        cache: Path,
        limits: RunLimits,
    ) -> Future[RunResult]:
        """The run of *directive* on *interpreter*: started now, or earlier."""
        key = (folder, directive.module, directive.args, directive.trace, interpreter.spec)
        forked = os.getpid() != self._owner
        if key not in self._runs or forked:
            call = functools.partial(
                cached_run,
                folder,
                cache=cache,
                python=interpreter.spec,
                module=directive.module,
                args=directive.args,
                trace=directive.trace,
                timeout=limits.timeout,
                output_limit=limits.output_limit,
            )
            future = start_run(call, None if forked else self._pool)
            if forked:
                return future
            self._runs[key] = future
        return self._runs[key]


_RunKey = tuple[Path, Optional[str], tuple[str, ...], bool, str]

#: The runs of the current build.
RUNS = RunsAhead()


def verify_example(
    directive: PageExample,
    folder: Path,
    *,
    interpreters: tuple[Interpreter, ...],
    cache: Path,
    limits: RunLimits,
) -> Verification:
    """Run (or recall) the example on each interpreter and compare with the page."""
    verification = Verification()
    futures = [
        (interpreter, RUNS.start(directive, folder, interpreter, cache, limits))
        for interpreter in interpreters
        if directive.runs_on(interpreter.version, webassembly=interpreter.webassembly)
    ]
    for interpreter, future in futures:
        try:
            result = future.result()
        except ExampleError as error:
            verification.problems.append(str(error))
            continue
        if result.not_runnable:
            if result.not_runnable not in verification.not_runnable:
                verification.not_runnable.append(result.not_runnable)
            continue
        problem = describe_mismatch(directive, result)
        if problem is None:
            verification.verified.append(interpreter)
        else:
            verification.problems.append(problem)
    return verification


def results_folder(outdir: str | Path) -> Path:
    """Where a build keeps its cached results: beside its output folder."""
    return Path(outdir).parent / ".importdemo-results"


def start_runs(app: Sphinx, env: BuildEnvironment, docnames: Iterable[str]) -> None:
    """Start the runs of every ``{example}`` in the pages about to be read.

    Each build starts afresh: an example may have changed since the last one.
    """
    global RUNS
    RUNS = RunsAhead()
    examples = Path(app.config.importdemo_examples_path)
    interpreters = build_interpreters(tuple(app.config.importdemo_pythons))
    limits = run_limits(app.config)
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
            for interpreter in interpreters:
                if directive.runs_on(interpreter.version, webassembly=interpreter.webassembly):
                    RUNS.start(directive, folder, interpreter, results_folder(app.outdir), limits)
