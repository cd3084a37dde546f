"""Verify an example's output while the site is built, on every interpreter found.

The build can then say, truthfully, which versions printed what the page
shows. Results are cached by content (see :mod:`importdemo.result_cache`), so
a rebuild runs only the examples whose files changed.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from importdemo.discovery import find_interpreters
from importdemo.errors import ExampleError
from importdemo.mismatch import describe_mismatch
from importdemo.result_cache import cached_run

if TYPE_CHECKING:
    from pathlib import Path

    from importdemo.directive import ExampleDirective
    from importdemo.interpreter import Interpreter

__all__ = ("Verification", "build_interpreters", "verify_example")


@dataclass
class Verification:
    """What the build found for one directive."""

    #: The versions whose output and exit status are the page's, oldest first.
    verified: list[str] = field(default_factory=list)
    #: One message (page, line, diff) per version that disagrees.
    problems: list[str] = field(default_factory=list)


@cache
def build_interpreters(chosen: tuple[str, ...]) -> tuple[Interpreter, ...]:
    """The interpreters a build verifies on: *chosen*, or every CPython 3.9+ found."""
    return tuple(find_interpreters(chosen))


def verify_example(
    directive: ExampleDirective,
    folder: Path,
    *,
    interpreters: tuple[Interpreter, ...],
    cache: Path,
) -> Verification:
    """Run (or recall) the example on each interpreter and compare with the page."""

    def check(interpreter: Interpreter) -> tuple[str, str | None]:
        try:
            result = cached_run(
                folder,
                cache=cache,
                python=str(interpreter.executable),
                module=directive.module,
                args=directive.args,
                trace=directive.trace,
            )
        except ExampleError as error:
            return interpreter.short_version, str(error)
        return interpreter.short_version, describe_mismatch(directive, result)

    verification = Verification()
    with ThreadPoolExecutor(max_workers=max(1, len(interpreters))) as pool:
        for version, problem in pool.map(check, interpreters):
            if problem is None:
                verification.verified.append(version)
            else:
                verification.problems.append(problem)
    return verification
