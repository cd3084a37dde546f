"""Run an example folder the way a reader would, in isolation."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from importdemo.errors import ExampleError
from importdemo.runner.clean_python import clean_python
from importdemo.runner.environment import example_environment
from importdemo.runner.normalise import decode_output, normalise_output
from importdemo.runner.process import run_bounded
from importdemo.runner.pythons import python_for
from importdemo.runner.wasm.command import not_runnable_reason
from importdemo.runner.wasm.workers import EXAMPLE_MOUNT, run_in_worker
from importdemo.runner.workspace import example_copy
from importdemo.tracing import TRACER_FOLDER, UNSUPPORTED, UNSUPPORTED_STATUS, trace_command

if TYPE_CHECKING:
    from collections.abc import Sequence

    from importdemo.runner.interpreter import Interpreter

__all__ = (
    "DEFAULT_OUTPUT_LIMIT",
    "DEFAULT_TIMEOUT",
    "OUTPUT_LIMIT_STATUS",
    "TIMEOUT_STATUS",
    "RunRequest",
    "RunResult",
    "run_example",
)

#: Seconds an example may run before it is stopped.
DEFAULT_TIMEOUT = 10.0
#: Bytes of output an example may write before it is stopped (1 MiB).
DEFAULT_OUTPUT_LIMIT = 1024 * 1024
#: The exit status of a run stopped by its timeout, as GNU ``timeout`` uses.
TIMEOUT_STATUS = 124
#: The exit status of a run stopped because its output passed the limit.
OUTPUT_LIMIT_STATUS = 125

_MODULE_NAME = re.compile(r"^[^\W\d]\w*(\.[^\W\d]\w*)*$")


@dataclass(frozen=True)
class RunResult:
    """What one run of an example printed and how it ended."""

    output: str
    """stdout and stderr merged in the order written, normalised, ending with a newline."""
    exit_status: int
    """The example's exit status (128 + N when killed by signal N), or 124
    (timeout) or 125 (output cut).
    """
    duration: float
    """Wall-clock seconds the example ran."""
    interpreter: Interpreter
    """The interpreter it ran on."""
    not_runnable: str = ""
    """Why the run failed for a limit of its platform rather than of the
    example (WebAssembly cannot start threads or processes); ``""`` if it did not.
    """


@dataclass(frozen=True)
class RunRequest:
    """One run of an example: everything its result depends on, apart from the example's files.

    Equal requests ask for the same run, so a
    :class:`~importdemo.runner.scheduler.Scheduler` runs them once; the
    result cache keys a stored result on the request and the bytes of the
    folder's files (see :mod:`importdemo.runner.result_cache`).
    """

    folder: Path
    """The example folder (made absolute, without ``..``), which holds ``main.py``."""
    interpreter: Interpreter
    """The interpreter to run it on."""
    module: str | None = None
    """``python -m`` this module instead of running ``main.py``."""
    args: tuple[str, ...] = ()
    """Arguments passed to the example."""
    trace: bool = False
    """Print each step of each import too (see :mod:`importdemo.tracing`)."""
    trace_all: bool = False
    """With :attr:`trace`, show the standard library's own imports too."""
    timeout: float = DEFAULT_TIMEOUT
    """Seconds the example may run."""
    output_limit: int = DEFAULT_OUTPUT_LIMIT
    """Bytes of output the example may write."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "folder", Path(os.path.abspath(self.folder)))
        object.__setattr__(self, "args", tuple(self.args))

    def run(self) -> RunResult:
        """Run it now, here: :func:`run_example` with this request's folder and options."""
        return run_example(
            self.folder,
            python=self.interpreter.spec,
            module=self.module,
            args=self.args,
            trace=self.trace,
            trace_all=self.trace_all,
            timeout=self.timeout,
            output_limit=self.output_limit,
        )


def run_example(
    folder: str | Path,
    *,
    python: str | None = None,
    module: str | None = None,
    args: Sequence[str] = (),
    timeout: float = DEFAULT_TIMEOUT,
    output_limit: int = DEFAULT_OUTPUT_LIMIT,
    trace: bool = False,
    trace_all: bool = False,
) -> RunResult:
    """Run the example in *folder* as ``python main.py`` (or ``python -m MODULE``).

    *python* is a path or a command (default: the running interpreter), or
    ``wasm:3.14`` for CPython compiled to WebAssembly (see :mod:`importdemo.runner.wasm`),
    installed on first use.

    The run happens in a fresh temporary copy of the folder, in a clean
    environment that sees only the standard library, with empty stdin. It is
    stopped after *timeout* seconds or *output_limit* bytes of output. The
    source folder is never written to.

    With *trace*, each step of each import is printed too, as lines that
    start with ``"│ "`` (see :mod:`importdemo.tracing`); standard-library
    imports made by the standard library are folded unless *trace_all*.

    Raises :class:`~importdemo.errors.ExampleError` for a missing folder, a
    folder without ``main.py``, an unknown interpreter or a bad limit, and,
    with *trace*, for a CPython whose private importlib names the tracer
    cannot patch.
    """
    folder = Path(folder)
    _check_request(folder, module=module, timeout=timeout, output_limit=output_limit)
    interpreter = python_for(python)
    entry = ["main.py"] if module is None else ["-m", module]
    if trace:
        entry = trace_command(entry, show_all=trace_all)
    with example_copy(folder.absolute()) as (copy, scratch):
        if interpreter.webassembly:
            run = run_in_worker(
                interpreter,
                cwd=copy,
                scratch=scratch,
                mounts=[TRACER_FOLDER] if trace else [],
                python_args=[*entry, *args],
                timeout=timeout,
                output_limit=output_limit,
            )
            shown_as = EXAMPLE_MOUNT
            placeholders = []
        else:
            executable = clean_python(interpreter)
            run = run_bounded(
                [str(executable), *entry, *args],
                cwd=copy,
                env=example_environment(scratch),
                timeout=timeout,
                output_limit=output_limit,
            )
            shown_as = copy
            placeholders = [(executable.parent.parent, "<venv>")]
        output = normalise_output(
            decode_output(run.output),
            example=shown_as,
            stdlib=interpreter.stdlib,
            extra=placeholders,
        )
    if output and not output.endswith("\n"):
        output += "\n"  # a page shows whole lines; a missing last newline is not shown
    # Killed by a signal: report it as a shell does, 128 + the signal's number.
    exit_status = run.returncode if run.returncode >= 0 else 128 - run.returncode
    if trace and exit_status == UNSUPPORTED_STATUS and output.startswith(UNSUPPORTED):
        # The tracer found this CPython lacks what it patches; the example did not run.
        raise ExampleError(output.splitlines()[0][len("importdemo: ") :])
    if run.timed_out:
        output = _ending_line(output, f"importdemo: timed out after {timeout:g} seconds")
        exit_status = TIMEOUT_STATUS
    elif run.truncated:
        output = _ending_line(output, f"importdemo: output cut at {output_limit} bytes")
        exit_status = OUTPUT_LIMIT_STATUS
    return RunResult(
        output=output,
        exit_status=exit_status,
        duration=run.duration,
        interpreter=interpreter,
        not_runnable=not_runnable_reason(output, exit_status) if interpreter.webassembly else "",
    )


def _check_request(folder: Path, *, module: str | None, timeout: float, output_limit: int) -> None:
    if not folder.is_dir():
        raise ExampleError(
            "no such example folder; give the folder that holds main.py",
            path=folder,
        )
    if module is None and not (folder / "main.py").is_file():
        raise ExampleError(
            "the example folder has no main.py; add one, or name the module to run with --module",
            path=folder,
        )
    if module is not None and not _MODULE_NAME.match(module):
        raise ExampleError(f"{module!r} is not a module name, such as pkg or pkg.mod")
    if not timeout > 0:
        raise ExampleError(f"the timeout must be a positive number of seconds, not {timeout!r}")
    if output_limit < 1:
        raise ExampleError(f"the output limit must be at least one byte, not {output_limit!r}")


def _ending_line(output: str, line: str) -> str:
    return f"{output}{line}\n"
