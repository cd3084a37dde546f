"""The pytest plugin: every ``{example}`` of the pages, on every interpreter found.

Installing ``importdemo[pytest]`` registers it with pytest (entry point
``pytest11``); it works only in a course, a project whose ``pyproject.toml``
has a ``[tool.importdemo]`` table (see :mod:`importdemo.config`), and does
nothing anywhere else.

Each directive becomes one test per interpreter, with an id ending in the
version, such as ``docs/first.md::module-caching,line:42[3.11]``. A result
stored by an earlier run (of the tests or of the docs build) is recalled
while nothing it depends on changed (see :mod:`importdemo.runner.result_cache`).
The run ends with a line naming the versions verified and those not
checked, and how many results were run now and how many recalled.

Options (each also an environment variable, for CI): ``--python=EXE``
(repeatable; ``IMPORTDEMO_PYTHONS``), ``--require-python=3.9,3.10,...``
(``IMPORTDEMO_REQUIRE_PYTHON``), ``--require-examples``
(``IMPORTDEMO_REQUIRE_EXAMPLES=1``), ``--fresh-runs``, which runs every
example and recalls nothing, and ``--update-examples``, which rewrites
the outputs of the pages whose examples failed.
"""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any

import pytest

from importdemo.errors import ExampleError
from importdemo.pages.directive import PageExample
from importdemo.pages.update import update_pages
from importdemo.testing.evaluator import ExampleEvaluator
from importdemo.testing.required import collects_pages, required_items
from importdemo.testing.settings import Settings, add_options

if TYPE_CHECKING:
    from pathlib import Path

    from _pytest.terminal import TerminalReporter

_SETTINGS = pytest.StashKey[Settings]()


class PageUpdater:
    """With ``--update-examples``: rewrite the pages whose examples failed, at the end.

    Registered only in the process that reports (not in xdist workers), so
    each page is written once.
    """

    def __init__(self, settings: Settings, root: Path) -> None:
        self.settings = settings
        self.root = root
        self.pages: set[Path] = set()

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        # A report names its file relative to the root folder, not the current one.
        page = self.root / report.fspath
        if report.failed and self.settings.is_page(page):
            self.pages.add(page)

    def pytest_terminal_summary(self, terminalreporter: TerminalReporter) -> None:
        if not self.pages:
            return
        reports = update_pages(
            sorted(self.pages),
            examples=self.settings.examples,
            interpreters=self.settings.interpreters,
            write=True,
            timeout=self.settings.timeout,
            output_limit=self.settings.output_limit,
        )
        for report in reports:
            for stale in report.stale:
                terminalreporter.write_line(
                    f"importdemo: updated {stale.example} at {stale.page}:{stale.line}"
                )
            for note in report.notes:
                terminalreporter.write_line(f"importdemo: note: {note}")


class RunAhead:
    """Start every collected example's run at once, in the session's scheduler.

    The tests then only wait for their results, in order, so a single pytest
    process keeps every core busy with examples. Not used in pytest-xdist's
    workers, which share out the tests among themselves.
    """

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        for item in session.items:
            example = getattr(item, "example", None)
            evaluator = getattr(getattr(example, "region", None), "evaluator", None)
            directive = getattr(example, "parsed", None)
            if isinstance(evaluator, ExampleEvaluator) and isinstance(directive, PageExample):
                with contextlib.suppress(ExampleError):  # the test itself reports it
                    evaluator.start(directive)


class WorkerRuns:
    """With pytest-xdist: what each worker recalled and ran, added up for the summary."""

    def __init__(self) -> None:
        self.recalled = 0
        self.ran = 0

    @pytest.hookimpl(optionalhook=True)
    def pytest_configure_node(self, node: Any) -> None:
        settings = node.config.stash[_SETTINGS]
        node.workerinput["importdemo_pythons"] = settings.pythons_for_workers()
        if settings.fresh_since is not None:  # one start for every worker's --fresh-runs
            node.workerinput["importdemo_fresh_since"] = settings.fresh_since

    @pytest.hookimpl(optionalhook=True)
    def pytest_testnodedown(self, node: Any, error: Any) -> None:
        counts = getattr(node, "workeroutput", {}).get("importdemo_runs")
        if counts:
            self.recalled += counts[0]
            self.ran += counts[1]


def pytest_addoption(parser: pytest.Parser) -> None:
    add_options(parser)


def pytest_configure(config: pytest.Config) -> None:
    try:
        settings = config.stash[_SETTINGS] = Settings(config)
    except ExampleError as error:  # a bad [tool.importdemo] table: say where, stop
        raise pytest.UsageError(str(error)) from None
    if settings.active and not hasattr(config, "workerinput"):
        config.pluginmanager.register(RunAhead(), "importdemo-run-ahead")
        config.pluginmanager.register(WorkerRuns(), "importdemo-worker-runs")
        if settings.update:
            config.pluginmanager.register(
                PageUpdater(settings, config.rootpath), "importdemo-page-updater"
            )


def pytest_sessionfinish(session: pytest.Session) -> None:
    settings = session.config.stash[_SETTINGS]
    workeroutput = getattr(session.config, "workeroutput", None)
    if settings.active and workeroutput is not None:  # an xdist worker: tell the controller
        counts = settings.runs.counts()
        workeroutput["importdemo_runs"] = [counts.recalled, counts.ran]


def pytest_unconfigure(config: pytest.Config) -> None:
    settings = config.stash.get(_SETTINGS, None)
    if settings is not None:  # interrupted too: the runs not started yet are dropped
        settings.runs.shutdown(cancel_futures=True)


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> Any:
    settings = parent.config.stash[_SETTINGS]
    return settings.collect_file(file_path, parent) if settings.active else None


def pytest_collection_modifyitems(
    session: pytest.Session, config: pytest.Config, items: list[pytest.Item]
) -> None:
    settings = config.stash[_SETTINGS]
    if settings.active:
        items.extend(required_items(session, settings, items))


def pytest_report_header(config: pytest.Config) -> str | None:
    settings = config.stash[_SETTINGS]
    if not settings.active or not collects_pages(config, settings):
        return None
    pythons = ", ".join(
        f"{interpreter.label} ({interpreter.executable})" for interpreter in settings.interpreters
    )
    return f"importdemo: examples checked on {pythons or 'no interpreter'}"


@pytest.hookimpl(trylast=True)
def pytest_terminal_summary(terminalreporter: TerminalReporter, config: pytest.Config) -> None:
    settings = config.stash[_SETTINGS]
    if not settings.active or not collects_pages(config, settings):
        return  # a run of unit tests alone checked no example: it says nothing of them
    missing = settings.missing()
    releases = ", ".join(interpreter.label for interpreter in settings.interpreters)
    line = f"importdemo: examples checked on CPython {releases or 'none'}"
    counts = settings.runs.counts()
    recalled, ran = counts.recalled, counts.ran
    workers = config.pluginmanager.get_plugin("importdemo-worker-runs")
    if isinstance(workers, WorkerRuns):
        recalled, ran = recalled + workers.recalled, ran + workers.ran
    if recalled:
        source = "stored results (--fresh-runs recalls none)"
        if settings.fresh:
            source = "other workers' runs"
        line += f"; {ran} run now, {recalled} recalled from {source}"
    elif ran:
        line += f"; {ran} run now"
    by_reason: dict[str, list[str]] = {}
    for name, reason in missing.items():
        by_reason.setdefault(reason, []).append(name)
    if by_reason:
        unchecked = "; ".join(f"{', '.join(names)} ({why})" for why, names in by_reason.items())
        line += f"; not checked on: {unchecked}"
    not_had = [name for name in missing if name in settings.unavailable or not settings.chosen_by]
    terminalreporter.write_sep("-", line, yellow=bool(not_had), bold=True)
