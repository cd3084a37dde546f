"""What an example printed in this build, grouped by output, with the releases that printed it.

A download shows these texts, never the page's: the page's text is what
the author recorded, the run's is what the runtimes printed (the same
bytes, when the build verified it). Runtimes that printed the same output
and exit status share one group, named by their exact releases.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from importdemo.errors import ExampleError
from importdemo.pages.mismatch import describe_mismatch

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from importdemo.pages.directive import PageExample
    from importdemo.runner.interpreter import Interpreter
    from importdemo.runner.run import RunResult

__all__ = ("ShownOutput", "group_results", "page_outputs", "run_outputs")


@dataclass(frozen=True)
class ShownOutput:
    """One output of an example, as a download shows it."""

    #: What was printed (stdout and stderr, normalised as the tests compare them).
    text: str
    #: The exit status it ended with.
    exit_status: int
    #: The runtimes that printed it, in the build's order (oldest first, then
    #: WebAssembly); empty for an output this build did not run.
    interpreters: tuple[Interpreter, ...] = ()
    #: It is what the page shows for these runtimes: the build verified it.
    verified: bool = False
    #: For an output not run: the page's version range, such as ``Python 3.12+``.
    versions: str = ""


def group_results(directive: PageExample, results: Sequence[RunResult]) -> list[ShownOutput]:
    """*results* grouped by output, exit status and agreement with the page, in run order."""
    groups: dict[tuple[str, int, bool], list[Interpreter]] = {}
    for result in results:
        verified = describe_mismatch(directive, result) is None
        key = (result.output, result.exit_status, verified)
        groups.setdefault(key, []).append(result.interpreter)
    return [
        ShownOutput(text, status, tuple(interpreters), verified)
        for (text, status, verified), interpreters in groups.items()
    ]


def run_outputs(
    directive: PageExample,
    run: Callable[[Interpreter], RunResult],
    interpreters: Sequence[Interpreter],
) -> tuple[list[ShownOutput], list[str]]:
    """The outputs of *directive*'s example on each of *interpreters* it is for.

    *run* returns the build's result on one interpreter (recalled, not run
    again). The second value says, once per reason, why it could not run
    on a platform. A run that failed to start is left out: the page's
    directive already reported it.
    """
    results = []
    not_runnable: list[str] = []
    for interpreter in interpreters:
        if not directive.runs_on(interpreter.version, webassembly=interpreter.webassembly):
            continue
        try:
            result = run(interpreter)
        except ExampleError:
            continue
        if result.not_runnable:
            if result.not_runnable not in not_runnable:
                not_runnable.append(result.not_runnable)
            continue
        results.append(result)
    return group_results(directive, results), not_runnable


def page_outputs(directive: PageExample) -> list[ShownOutput]:
    """The page's own outputs, for a build that verifies nothing (``importdemo_check_outputs``)."""
    return [
        ShownOutput(output.text, directive.exit_status, versions=output.versions.label())
        for output in directive.outputs
    ]
