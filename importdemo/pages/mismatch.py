"""What differs between a page and a run: a message with page, line and diff."""

from __future__ import annotations

from typing import TYPE_CHECKING

from importdemo.errors import shown_path
from importdemo.pages.diff import output_diff

if TYPE_CHECKING:
    from importdemo.pages.directive import PageExample
    from importdemo.runner.run import RunResult

__all__ = ("describe_mismatch",)


def describe_mismatch(
    directive: PageExample, result: RunResult, *, located: bool = True
) -> str | None:
    """What differs between the page and *result*, or ``None`` when nothing does.

    The message starts with the page and the directive's line, unless
    *located* is false: a Sphinx warning shows its own location first. The
    diff's headers name the lines of the expected output either way.
    """
    interpreter = result.interpreter
    expected = directive.output_for(interpreter.version, webassembly=interpreter.webassembly)
    where = f"{shown_path(directive.page)}:{directive.line}: " if located else ""
    python = f"Python {interpreter.label}"
    if expected is None:
        ranges = ", ".join(output.versions.label() for output in directive.outputs)
        return (
            f"{where}example {directive.name} has no output for {python} (only for "
            f"{ranges}); add an {{output}} block whose range holds {interpreter.name}"
        )
    problems = []
    if result.output != expected.text:
        problems.append(
            output_diff(
                expected.text,
                result.output,
                expected_name=f"{shown_path(directive.page)}:{expected.line} (expected)",
                actual_name=f"examples/{directive.name} on {python} (actual)",
            )
        )
    if result.exit_status != directive.exit_status:
        problems.append(
            f"exit status {result.exit_status}, where the page says {directive.exit_status} "
            "(set :exit-status: when the example is meant to fail)\n"
        )
    if not problems:
        return None
    advice = (
        "If the example's new output is right, record it with: "
        f"python -m importdemo update {shown_path(directive.page)}\n"
    )
    heading = f"{where}example {directive.name} on {python} differs from the page:\n"
    return heading + "".join(problems) + advice
