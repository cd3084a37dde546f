"""Check one ``{example}`` directive against one interpreter."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from importdemo.errors import ExampleError
from importdemo.pages.directive import PageExample
from importdemo.pages.mismatch import describe_mismatch
from importdemo.runner.example_folders import find_example
from importdemo.runner.run import DEFAULT_OUTPUT_LIMIT, DEFAULT_TIMEOUT, RunRequest

if TYPE_CHECKING:
    from concurrent.futures import Future
    from pathlib import Path

    from sybil import Example

    from importdemo.runner.interpreter import Interpreter
    from importdemo.runner.run import RunResult
    from importdemo.runner.scheduler import Scheduler

__all__ = ("ExampleEvaluator",)


class ExampleEvaluator:
    """Run the example a directive names on :attr:`interpreter` and compare.

    Returns ``None`` when the output and exit status are the ones the page
    shows, and a message with page, line and a unified diff when not. The
    test is skipped, saying why, when the directive's ``:python:`` range
    leaves this interpreter out, and when the run failed for a limit of
    WebAssembly (threads, processes): not runnable is never a pass. Runs
    are asked of the session's *runs* scheduler, so an example that several
    directives use is run once, and a stored result is recalled.
    """

    def __init__(
        self,
        examples: Path,
        interpreter: Interpreter,
        *,
        runs: Scheduler,
        timeout: float = DEFAULT_TIMEOUT,
        output_limit: int = DEFAULT_OUTPUT_LIMIT,
    ) -> None:
        self.examples = examples
        self.interpreter = interpreter
        #: The session's scheduler of runs.
        self.runs = runs
        #: The limits of each run (``[tool.importdemo]`` ``timeout`` and ``output_limit``).
        self.timeout = timeout
        self.output_limit = output_limit

    def __call__(self, example: Example) -> str | None:
        directive = example.parsed
        if isinstance(directive, ExampleError):
            return str(directive)
        assert isinstance(directive, PageExample)
        version, webassembly = self.interpreter.version, self.interpreter.webassembly
        if not directive.runs_on(version, webassembly=webassembly):
            pytest.skip(f"{directive.name} is not for {self.interpreter.label} (:python:)")
        try:
            result = self.start(directive).result()
        except ExampleError as error:
            return str(error)
        if result.not_runnable:
            pytest.skip(f"{directive.name} on {self.interpreter.label}: {result.not_runnable}")
        return describe_mismatch(directive, result)

    def request(self, directive: PageExample) -> RunRequest:
        """The run *directive* asks for on this evaluator's interpreter."""
        folder = find_example(
            self.examples, directive.name, page=directive.page, line=directive.line
        )
        return directive.run_request(
            folder, self.interpreter, timeout=self.timeout, output_limit=self.output_limit
        )

    def start(self, directive: PageExample) -> Future[RunResult]:
        """The future result of *directive*'s run: started now, unless it was before."""
        return self.runs.submit(self.request(directive))
