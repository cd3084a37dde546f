"""The ``{example}`` directive as written in a page: one reading for tests and site.

A page shows an example and the output it must print::

    ```{example} module-caching
    :exit-status: 0
    ======== Running main.py ========
    ...
    ```

When Python versions print different outputs, the body holds one
``{output}`` block per version range, fenced with fewer backticks than the
directive::

    ````{example} cannot-import-name
    :changed: Python 3.12 suggests the name you meant.
    ```{output} >=3.12
    ...
    ```
    ```{output} <3.12
    ...
    ```
    ````

A course may require the ``:changed:`` line where outputs differ
(``require_changed`` in its ``[tool.importdemo]`` table, see
:mod:`importdemo.config`); by default it is optional.

Both the Sybil lexer and the Sphinx directive hand what they found to
:func:`read_example_directive`, so a page means the same to the tests and to
the site, and is refused for the same reasons with the same messages.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from importdemo.config import load_config
from importdemo.errors import ExampleError
from importdemo.pages.expected_outputs import read_expected_outputs
from importdemo.runner.example_folders import is_example_name
from importdemo.runner.run import RunRequest
from importdemo.versions import VersionRange

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping
    from pathlib import Path

    from importdemo.pages.expected_outputs import ExpectedOutput
    from importdemo.pages.scanner import FoundDirective
    from importdemo.runner.interpreter import Interpreter

__all__ = (
    "OPTIONS",
    "PageExample",
    "read_example_directive",
    "read_found_directive",
)

#: The options an ``{example}`` directive takes, with what each means.
OPTIONS: Mapping[str, str] = {
    "module": "run `python -m NAME` instead of `python main.py`",
    "args": "arguments passed to the example, split as a shell would",
    "exit-status": "the exit status the example must end with (default 0)",
    "changed": "one line saying what changed between versions, shown above the outputs",
    "emphasize": "lines to highlight in the files shown, as FILE:LINES, e.g. main.py:3,5-7",
    "trace": "expect (and show) the trace of every import, as `importdemo trace` prints it",
    "python": "the Pythons the example is for, as a version range (default: all), "
    "e.g. >=3.15 for syntax older versions refuse",
}


@dataclass(frozen=True)
class PageExample:
    """An ``{example}`` directive, read and checked."""

    #: The example folder's name, under the examples folder.
    name: str
    #: The page it is written in.
    page: Path
    #: The line of the directive's opening fence.
    line: int
    #: ``python -m`` this module instead of running ``main.py``.
    module: str | None
    #: Arguments passed to the example.
    args: tuple[str, ...]
    #: The exit status the example must end with.
    exit_status: int
    #: What changed between versions, when outputs differ.
    changed: str | None
    #: The expected outputs, newest versions first; one when all versions agree.
    outputs: tuple[ExpectedOutput, ...]
    #: Lines to highlight, by file path (``"main.py"``), 1-based.
    emphasize: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    #: The outputs are traces: the example runs with its imports traced.
    trace: bool = False
    #: The runtimes the example is for (its ``:python:`` option); ``None``: all.
    python: VersionRange | None = None

    def output_for(
        self, version: tuple[int, ...], *, webassembly: bool = False
    ) -> ExpectedOutput | None:
        """The output *version* must print, or ``None`` when no range holds it.

        For CPython compiled to WebAssembly (*webassembly*), a ``wasm`` range
        that holds the version wins over a range of any platform.
        """
        holding = [
            output
            for output in self.outputs
            if output.versions.holds(version, webassembly=webassembly)
        ]
        holding.sort(key=lambda output: output.versions.webassembly, reverse=True)
        return holding[0] if holding else None

    def runs_on(self, version: tuple[int, ...], *, webassembly: bool = False) -> bool:
        """Whether the example is meant to run on this runtime (its ``:python:`` range)."""
        return self.python is None or self.python.holds(version, webassembly=webassembly)

    def run_request(
        self, folder: Path, interpreter: Interpreter, *, timeout: float, output_limit: int
    ) -> RunRequest:
        """The run this directive asks for: its example *folder* on *interpreter*, as written."""
        return RunRequest(
            folder,
            interpreter,
            module=self.module,
            args=self.args,
            trace=self.trace,
            timeout=timeout,
            output_limit=output_limit,
        )


def read_example_directive(
    argument: str,
    options: Mapping[str, str],
    body: str,
    *,
    page: Path,
    line: int,
    body_line: int,
) -> PageExample:
    """Check and read one directive; raise :class:`ExampleError` with page and line.

    *line* is the line of the opening fence, *body_line* the line where the
    body (the expected output) starts.
    """

    def error(message: str, at: int = line) -> ExampleError:
        return ExampleError(message, path=page, line=at)

    name = argument.strip()
    if not is_example_name(name):
        raise error(
            f"{{example}} needs the name of an example folder, like module-caching; got {name!r}"
        )
    # MyST reads options as YAML, where a value such as >=3.15 or one with
    # " #" must be quoted; the quotes are not part of the value.
    options = {name: _unquoted(value) for name, value in options.items()}
    unknown = sorted(set(options) - set(OPTIONS))
    if unknown:
        known = ", ".join(f":{option}:" for option in OPTIONS)
        raise error(f"unknown option :{unknown[0]}: in {{example}} {name}; the options are {known}")
    try:
        args = tuple(shlex.split(options.get("args", "")))
    except ValueError as problem:
        raise error(
            f":args: of {{example}} {name} cannot be split as a shell would: {problem}"
        ) from None
    exit_text = options.get("exit-status", "0").strip()
    if not exit_text.isdigit() or int(exit_text) > 255:
        raise error(
            f":exit-status: of {{example}} {name} must be a number 0-255, not {exit_text!r}"
        )
    module = options.get("module", "").strip() or None
    if "module" in options and module is None:
        raise error(f":module: of {{example}} {name} needs a module name, like pkg.main")
    outputs = read_expected_outputs(body, body_line=body_line, page=page, name=name)
    changed = options.get("changed", "").strip() or None
    if len(outputs) > 1 and changed is None:
        course = load_config(page.parent)  # the course's rule, from its [tool.importdemo]
        if course.require_changed:
            raise error(
                f"{{example}} {name} has outputs for several versions; add :changed: with "
                f"{course.changed_hint}"
            )
    emphasize = _read_emphasize(options.get("emphasize", ""), error=error, name=name)
    if options.get("trace", "").strip():
        raise error(f":trace: of {{example}} {name} takes no value; write just :trace:")
    python = None
    if "python" in options:
        try:
            python = VersionRange.parse(options["python"])
        except ValueError as problem:
            raise error(f":python: of {{example}} {name}: {problem}") from None
    return PageExample(
        python=python,
        emphasize=emphasize,
        trace="trace" in options,
        name=name,
        page=page,
        line=line,
        module=module,
        args=args,
        exit_status=int(exit_text),
        changed=changed,
        outputs=outputs,
    )


def _unquoted(value: str) -> str:
    """*value* without one pair of surrounding quotes, as YAML reads a quoted string."""
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
        return value[1:-1]
    return value


_EMPHASIS = re.compile(r"^(?P<file>[^:\s]+):(?P<lines>\d+(-\d+)?(,\d+(-\d+)?)*)$")


def _read_emphasize(
    text: str, *, error: Callable[[str], ExampleError], name: str
) -> dict[str, tuple[int, ...]]:
    emphasize: dict[str, tuple[int, ...]] = {}
    for entry in text.split():
        match = _EMPHASIS.match(entry)
        if match is None:
            raise error(
                f":emphasize: of {{example}} {name}: {entry!r} is not FILE:LINES; "
                "write e.g. main.py:3,5-7"
            )
        lines: list[int] = []
        for part in match.group("lines").split(","):
            first, _, last = part.partition("-")
            lines.extend(range(int(first), int(last or first) + 1))
        emphasize[match.group("file")] = tuple(lines)
    return emphasize


def read_found_directive(found: FoundDirective, page: Path) -> PageExample:
    """Check and read a directive that :func:`~importdemo.pages.scanner.scan_page` found."""
    if not found.closed:
        raise ExampleError(
            f"{{example}} {found.argument} is not closed; end it with a fence of as many "
            "backticks as it opens with",
            path=page,
            line=found.line,
        )
    return read_example_directive(
        found.argument,
        found.options,
        found.body,
        page=page,
        line=found.line,
        body_line=found.body_line,
    )
