"""What a test run verifies, read once from the command line, ini file and environment."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sybil import Sybil
from sybil.sybil import SybilCollection

from importdemo.config import load_config
from importdemo.runner.interpreter import Interpreter
from importdemo.runner.pythons import find_pythons, split_pythons
from importdemo.runner.scheduler import Scheduler
from importdemo.testing.evaluator import ExampleEvaluator
from importdemo.testing.parser import ExampleParser
from importdemo.versions import SUPPORTED, WASM_SUPPORTED

if TYPE_CHECKING:
    from collections.abc import Sequence

    import pytest
    from sybil import Example


__all__ = ("ExampleSybil", "Settings", "add_options")


class ExampleSybil(Sybil):
    """A Sybil for one interpreter, whose test ids name the example and the version."""

    def identify(self, example: Example) -> str:
        name = str(example.region.lexemes.get("arguments", "")).strip() or "example"
        return f"{name},line:{example.line}[{self.name}]"


def add_options(parser: pytest.Parser) -> None:
    """Register the plugin's options and ini settings."""
    group = parser.getgroup("importdemo", "importdemo: verify the examples of the pages")
    group.addoption(
        "--python",
        dest="importdemo_pythons",
        action="append",
        metavar="EXE",
        help="verify examples on this interpreter (repeatable; write --python=EXE), or on "
        "wasm:3.13, wasm:3.14, wasm:3.15 (CPython compiled to WebAssembly); default: every "
        "CPython 3.9+ found and the WebAssembly runtimes when Node.js is there. "
        "Env: IMPORTDEMO_PYTHONS, separated by os.pathsep (':', or ';' on Windows), "
        "where wasm:3.X stays one entry (python3.12:wasm:3.14 is two)",
    )
    group.addoption(
        "--require-python",
        dest="importdemo_require",
        metavar="VERSIONS",
        help="comma-separated versions (3.9,3.10,...,3.14-wasm) that must be found, or the "
        "run fails. Env: IMPORTDEMO_REQUIRE_PYTHON",
    )
    group.addoption(
        "--require-examples",
        dest="importdemo_require_examples",
        action="store_true",
        help="fail when no {example} directive is collected. Env: IMPORTDEMO_REQUIRE_EXAMPLES=1",
    )
    group.addoption(
        "--fresh-runs",
        dest="importdemo_fresh_runs",
        action="store_true",
        help="run every example afresh, recalling no result stored by an earlier run "
        "(they are recalled by default, while nothing they depend on changed)",
    )
    group.addoption(
        "--update-examples",
        dest="importdemo_update",
        action="store_true",
        help="rewrite the outputs of pages whose examples failed, from fresh runs",
    )


class Settings:
    """The pages, examples and interpreters of this run, and what it requires.

    The course's settings are the ``[tool.importdemo]`` table of the
    ``pyproject.toml`` in pytest's root folder (or above it): see
    :mod:`importdemo.config`. Without that table the plugin stays out of the
    way: :attr:`active` is false, and it collects and reports nothing.
    """

    def __init__(self, config: pytest.Config) -> None:
        course = load_config(Path(str(config.rootpath)))
        #: Whether this run is a course's: its ``pyproject.toml`` has ``[tool.importdemo]``.
        self.active = course.source is not None
        self.pages = course.pages
        self.examples = course.examples
        self.require_used = course.require_used
        self.timeout = course.timeout
        self.output_limit = course.output_limit
        #: Where each run's result is stored, and recalled from while nothing it
        #: depends on changed: the folder the docs build uses beside its default
        #: output (docs/_build/html), so the two share their runs.
        self.results = self.pages / "_build" / ".importdemo-results"
        #: ``--fresh-runs``: every example runs in this session, none is recalled.
        self.fresh = bool(config.getoption("importdemo_fresh_runs"))
        #: With :attr:`fresh`, results stored since this time were run by this
        #: session (by another xdist worker), and are recalled rather than run twice.
        self.fresh_since: float | None = None
        if self.fresh:
            workerinput = getattr(config, "workerinput", {})
            self.fresh_since = float(workerinput.get("importdemo_fresh_since", time.time()))
        #: The session's runs, each made once (see :mod:`importdemo.runner.scheduler`).
        self.runs = Scheduler(
            cache=self.results, reuse=not self.fresh, fresh_since=self.fresh_since
        )
        chosen, chooser = _chosen_pythons(config, course.pythons)
        #: What narrowed the run to the Pythons it names (``"--python"``,
        #: ``"IMPORTDEMO_PYTHONS"`` or ``"[tool.importdemo] pythons"``), or
        #: ``None`` when every runtime found is verified on.
        self.chosen_by = chooser
        self.interpreters: list[Interpreter] = []
        #: Each runtime that could not be had, by name, with why.
        self.unavailable: dict[str, str] = {}
        if self.active:
            handed = getattr(config, "workerinput", {}).get(_HANDED_PYTHONS)
            if handed is not None:  # an xdist worker: the controller found them
                self.interpreters, self.unavailable = _pythons_from(handed)
            else:
                self.interpreters, self.unavailable = find_pythons(chosen)
        required = config.getoption("importdemo_require") or os.environ.get(
            "IMPORTDEMO_REQUIRE_PYTHON", ""
        )
        self.required = [text.strip() for text in required.split(",") if text.strip()]
        self.require_examples = bool(
            config.getoption("importdemo_require_examples")
            or os.environ.get("IMPORTDEMO_REQUIRE_EXAMPLES")
        )
        self.update = bool(config.getoption("importdemo_update"))
        self.sybils = SybilCollection(
            ExampleSybil(
                parsers=[
                    ExampleParser(
                        ExampleEvaluator(
                            self.examples,
                            interpreter,
                            runs=self.runs,
                            timeout=self.timeout,
                            output_limit=self.output_limit,
                        )
                    )
                ],
                path=str(self.pages),
                patterns=["**/*.md", "*.md"],
                excludes=["_build/**"],
                name=interpreter.name,
            )
            for interpreter in self.interpreters
        )
        self.collect_file = self.sybils.pytest()

    def pythons_for_workers(self) -> dict[str, Any]:
        """The runtimes found, for pytest-xdist's workers, which then look for none.

        The session looks for runtimes once, in the process that starts the
        workers; each worker gets the result in its ``workerinput``.
        """
        return {
            "found": [
                {
                    "executable": str(found.executable),
                    "implementation": found.implementation,
                    "version": list(found.version),
                    "release": found.release,
                    "base_prefix": str(found.base_prefix),
                    "stdlib": str(found.stdlib),
                    "webassembly": found.webassembly,
                }
                for found in self.interpreters
            ],
            "unavailable": dict(self.unavailable),
        }

    def found(self) -> list[str]:
        """The runtimes found, as ``"3.11"`` or ``"3.14-wasm"``."""
        return [interpreter.name for interpreter in self.interpreters]

    def missing(self) -> dict[str, str]:
        """Supported or required runtimes that were not checked, with why.

        Why is the reason it could not be had, ``"not found"``, or, in a run
        narrowed to some Pythons, ``"not asked for: --python"`` (naming what
        narrowed it, see :attr:`chosen_by`).
        """
        known = [f"{major}.{minor}" for major, minor in SUPPORTED]
        known += [f"{major}.{minor}-wasm" for major, minor in WASM_SUPPORTED]
        found = self.found()
        otherwise = f"not asked for: {self.chosen_by}" if self.chosen_by else "not found"
        return {
            name: self.unavailable.get(name, otherwise)
            for name in dict.fromkeys(known + self.required)
            if name not in found
        }

    def is_page(self, path: Any) -> bool:
        """Whether *path* is one of the pages this run checks."""
        return bool(self.sybils[0].should_parse(Path(path))) if self.sybils else False


def _chosen_pythons(config: pytest.Config, pythons: Sequence[str]) -> tuple[list[str], str | None]:
    """The Pythons the run is narrowed to, and by what; ``([], None)`` for every one found."""
    if config.getoption("importdemo_pythons"):
        return list(config.getoption("importdemo_pythons")), "--python"
    if split_pythons(os.environ.get("IMPORTDEMO_PYTHONS", "")):
        return split_pythons(os.environ["IMPORTDEMO_PYTHONS"]), "IMPORTDEMO_PYTHONS"
    if pythons:
        return list(pythons), "[tool.importdemo] pythons"
    return [], None


#: The ``workerinput`` key under which xdist workers get the runtimes found.
_HANDED_PYTHONS = "importdemo_pythons"


def _pythons_from(handed: dict[str, Any]) -> tuple[list[Interpreter], dict[str, str]]:
    """The runtimes :meth:`Settings.pythons_for_workers` handed over, as they were."""
    found = [
        Interpreter(
            executable=Path(entry["executable"]),
            implementation=entry["implementation"],
            version=(entry["version"][0], entry["version"][1], entry["version"][2]),
            release=entry["release"],
            base_prefix=Path(entry["base_prefix"]),
            stdlib=Path(entry["stdlib"]),
            webassembly=bool(entry["webassembly"]),
        )
        for entry in handed["found"]
    ]
    return found, dict(handed["unavailable"])
