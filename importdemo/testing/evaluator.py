"""Check one ``{example}`` directive against one interpreter."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Optional

import pytest

from importdemo.errors import ExampleError
from importdemo.pages.directive import PageExample
from importdemo.pages.mismatch import describe_mismatch
from importdemo.runner.example_folders import find_example
from importdemo.runner.result_cache import cached_run
from importdemo.runner.run import DEFAULT_OUTPUT_LIMIT, DEFAULT_TIMEOUT, RunResult, run_example
from importdemo.runner.scheduler import start_run

if TYPE_CHECKING:
    from collections.abc import Callable
    from concurrent.futures import Executor, Future

    from sybil import Example

    from importdemo.runner.interpreter import Interpreter

__all__ = ("ExampleEvaluator",)

_RunKey = tuple[Path, Optional[str], tuple[str, ...], bool]


class ExampleEvaluator:
    """Run the example a directive names on :attr:`interpreter` and compare.

    Returns ``None`` when the output and exit status are the ones the page
    shows, and a message with page, line and a unified diff when not. The
    test is skipped, saying why, when the directive's ``:python:`` range
    leaves this interpreter out, and when the run failed for a limit of
    WebAssembly (threads, processes): not runnable is never a pass. An
    example that several directives use is run once per evaluator, and runs
    can be started ahead, in a pool, with :meth:`start`.
    """

    def __init__(
        self,
        examples: Path,
        interpreter: Interpreter,
        *,
        results: Path | None = None,
        timeout: float = DEFAULT_TIMEOUT,
        output_limit: int = DEFAULT_OUTPUT_LIMIT,
    ) -> None:
        self.examples = examples
        self.interpreter = interpreter
        #: The limits of each run (``[tool.importdemo]`` ``timeout`` and ``output_limit``).
        self.timeout = timeout
        self.output_limit = output_limit
        #: Where each run's result is stored for the docs build (never read here).
        self.results = results
        self._runs: dict[_RunKey, Future[RunResult]] = {}

    def __call__(self, example: Example) -> str | None:
        directive = example.parsed
        if isinstance(directive, ExampleError):
            return str(directive)
        assert isinstance(directive, PageExample)
        version, webassembly = self.interpreter.version, self.interpreter.webassembly
        if not directive.runs_on(version, webassembly=webassembly):
            pytest.skip(f"{directive.name} is not for {self.interpreter.label} (:python:)")
        try:
            result = self.run(directive)
        except ExampleError as error:
            return str(error)
        if result.not_runnable:
            pytest.skip(f"{directive.name} on {self.interpreter.label}: {result.not_runnable}")
        return describe_mismatch(directive, result)

    def run(self, directive: PageExample) -> RunResult:
        """Run the example of *directive*, or return this evaluator's earlier run of it."""
        return self.start(directive, pool=None).result()

    def start(self, directive: PageExample, *, pool: Executor | None) -> Future[RunResult]:
        """Start the run of *directive* in *pool* (or here, now), unless it was started before."""
        folder = find_example(
            self.examples, directive.name, page=directive.page, line=directive.line
        )
        key = (folder, directive.module, directive.args, directive.trace)
        if key not in self._runs:
            call: Callable[[], RunResult]
            if self.results is None:
                call = functools.partial(
                    run_example,
                    folder,
                    python=self.interpreter.spec,
                    module=directive.module,
                    args=directive.args,
                    trace=directive.trace,
                    timeout=self.timeout,
                    output_limit=self.output_limit,
                )
            else:
                call = functools.partial(
                    cached_run,
                    folder,
                    cache=self.results,
                    python=self.interpreter.spec,
                    module=directive.module,
                    args=directive.args,
                    trace=directive.trace,
                    timeout=self.timeout,
                    output_limit=self.output_limit,
                    reuse=False,
                )
            self._runs[key] = start_run(call, pool)
        return self._runs[key]
