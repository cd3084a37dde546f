"""Check one ``{example}`` directive against one interpreter."""

from __future__ import annotations

import difflib
import os
from pathlib import Path
from typing import TYPE_CHECKING, Optional

from importdemo.directive import ExampleDirective
from importdemo.errors import ExampleError
from importdemo.example_folders import find_example
from importdemo.runner import RunResult, run_example

if TYPE_CHECKING:
    from sybil import Example

    from importdemo.interpreter import Interpreter

__all__ = ("ExampleEvaluator", "describe_mismatch")

_RunKey = tuple[Path, Optional[str], tuple[str, ...]]


class ExampleEvaluator:
    """Run the example a directive names on :attr:`interpreter` and compare.

    Returns ``None`` when the output and exit status are the ones the page
    shows, and a message with page, line and a unified diff when not. An
    example that several directives use is run once per evaluator.
    """

    def __init__(self, examples: Path, interpreter: Interpreter) -> None:
        self.examples = examples
        self.interpreter = interpreter
        self._runs: dict[_RunKey, RunResult] = {}

    def __call__(self, example: Example) -> str | None:
        directive = example.parsed
        if isinstance(directive, ExampleError):
            return str(directive)
        assert isinstance(directive, ExampleDirective)
        try:
            result = self.run(directive)
        except ExampleError as error:
            return str(error)
        return describe_mismatch(directive, result)

    def run(self, directive: ExampleDirective) -> RunResult:
        """Run the example of *directive*, or return this evaluator's earlier run of it."""
        folder = find_example(
            self.examples, directive.name, page=directive.page, line=directive.line
        )
        key = (folder, directive.module, directive.args)
        if key not in self._runs:
            self._runs[key] = run_example(
                folder,
                python=str(self.interpreter.executable),
                module=directive.module,
                args=directive.args,
            )
        return self._runs[key]


def describe_mismatch(directive: ExampleDirective, result: RunResult) -> str | None:
    """What differs between the page and *result*, or ``None`` when nothing does."""
    version = result.interpreter.version
    expected = directive.output_for(version)
    where = f"{_shown(directive.page)}:{directive.line}"
    python = "Python " + ".".join(map(str, version))
    if expected is None:
        ranges = ", ".join(output.versions.label() for output in directive.outputs)
        return (
            f"{where}: example {directive.name} has no output for {python} (only for "
            f"{ranges}); add an {{output}} block whose range holds "
            f"{result.interpreter.short_version}"
        )
    problems = []
    if result.output != expected.text:
        diff = difflib.unified_diff(
            expected.text.splitlines(keepends=True),
            result.output.splitlines(keepends=True),
            fromfile=f"{_shown(directive.page)}:{expected.line} (expected)",
            tofile=f"examples/{directive.name} on {python} (actual)",
        )
        problems.append("".join(_visible_line_end(line) for line in diff))
    if result.exit_status != directive.exit_status:
        problems.append(
            f"exit status {result.exit_status}, where the page says {directive.exit_status} "
            "(set :exit-status: when the example is meant to fail)\n"
        )
    if not problems:
        return None
    return f"{where}: example {directive.name} on {python} differs from the page:\n" + "".join(
        problems
    )


def _visible_line_end(line: str) -> str:
    """Diff lines that differ only by trailing spaces must show them."""
    body = line.rstrip("\n")
    if body != body.rstrip(" \t"):
        body += "\u23ce"  # a visible end of line after trailing white space
    return body + "\n" if line.endswith("\n") else body + "\n\\ No newline at end\n"


def _shown(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)
