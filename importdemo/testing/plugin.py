"""The pytest plugin: every ``{example}`` of the pages, on every interpreter found.

Each directive becomes one test per interpreter, with an id ending in the
version, such as ``docs/first.md::module-caching,line:42[3.11]``.

Options (each also an environment variable, for CI):

``--python EXE`` (repeatable; ``IMPORTDEMO_PYTHONS``, separated by ``:``)
    verify on these interpreters only, instead of every CPython found.
``--require-python VERSIONS`` (``IMPORTDEMO_REQUIRE_PYTHON``)
    a comma-separated list such as ``3.9,3.10,3.11``: each missing one is a
    failing test. Without it, a missing version is reported as not checked.
``--require-examples`` (``IMPORTDEMO_REQUIRE_EXAMPLES=1``)
    fail when no ``{example}`` was collected at all.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from sybil import Sybil
from sybil.sybil import SybilCollection

from importdemo.discovery import find_interpreters
from importdemo.example_folders import example_names
from importdemo.page_scanner import scan_page
from importdemo.testing.evaluator import ExampleEvaluator
from importdemo.testing.parser import ExampleParser
from importdemo.versions import SUPPORTED

if TYPE_CHECKING:
    from sybil import Example

    from importdemo.interpreter import Interpreter

__all__ = ("ExampleSybil",)

_STATE = pytest.StashKey["_Verification"]()


class ExampleSybil(Sybil):
    """A Sybil for one interpreter, whose test ids name the example and the version."""

    def identify(self, example: Example) -> str:
        name = str(example.region.lexemes.get("arguments", "")).strip() or "example"
        return f"{name},line:{example.line}[{self.name}]"


class _Verification:
    """What this run verifies on, decided once at start-up."""

    def __init__(self, config: pytest.Config) -> None:
        root = Path(str(config.rootpath))
        self.pages = root / str(config.getini("importdemo_pages"))
        self.examples = root / str(config.getini("importdemo_examples"))
        chosen = config.getoption("importdemo_pythons") or _from_env("IMPORTDEMO_PYTHONS")
        self.interpreters: list[Interpreter] = find_interpreters(chosen)
        required = config.getoption("importdemo_require") or os.environ.get(
            "IMPORTDEMO_REQUIRE_PYTHON", ""
        )
        self.required = [text.strip() for text in required.split(",") if text.strip()]
        self.require_examples = bool(
            config.getoption("importdemo_require_examples")
            or os.environ.get("IMPORTDEMO_REQUIRE_EXAMPLES")
        )
        self.sybils = SybilCollection(
            ExampleSybil(
                parsers=[ExampleParser(ExampleEvaluator(self.examples, interpreter))],
                path=str(self.pages),
                patterns=["**/*.md", "*.md"],
                excludes=["_build/**"],
                name=interpreter.short_version,
            )
            for interpreter in self.interpreters
        )
        self.collect = self.sybils.pytest()

    def found(self) -> list[str]:
        return [interpreter.short_version for interpreter in self.interpreters]

    def missing(self) -> list[str]:
        known = [f"{major}.{minor}" for major, minor in SUPPORTED]
        wanted = dict.fromkeys(known + self.required)
        return [version for version in wanted if version not in self.found()]


def _from_env(name: str) -> list[str]:
    return [part for part in os.environ.get(name, "").split(os.pathsep) if part]


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("importdemo", "importdemo: verify the examples of the pages")
    group.addoption(
        "--python",
        dest="importdemo_pythons",
        action="append",
        metavar="EXE",
        help="verify examples on this interpreter (repeatable); default: every CPython found",
    )
    group.addoption(
        "--require-python",
        dest="importdemo_require",
        metavar="VERSIONS",
        help="comma-separated versions (3.9,3.10,...) that must be found, or the run fails",
    )
    group.addoption(
        "--require-examples",
        dest="importdemo_require_examples",
        action="store_true",
        help="fail when no {example} directive is collected",
    )
    parser.addini("importdemo_pages", "folder of the MyST pages", default="docs")
    parser.addini("importdemo_examples", "folder of the example folders", default="examples")


def pytest_configure(config: pytest.Config) -> None:
    config.stash[_STATE] = _Verification(config)


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> Any | None:
    return parent.config.stash[_STATE].collect(file_path, parent)


class _MissingItem(pytest.Item):
    """A failing test that stands for something the run was told to require."""

    def __init__(self, *, message: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.message = message

    def runtest(self) -> None:
        raise _Missing(self.message)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        return str(excinfo.value)

    def reportinfo(self) -> tuple[str, int | None, str]:
        return "importdemo", None, self.name


class _Missing(Exception):
    pass


def pytest_collection_modifyitems(
    session: pytest.Session, config: pytest.Config, items: list[pytest.Item]
) -> None:
    state = config.stash[_STATE]
    for version in state.required:
        if version not in state.found():
            items.append(
                _MissingItem.from_parent(
                    session,
                    name=f"required-python[{version}]",
                    message=f"Python {version} is required (--require-python) but no "
                    f"interpreter for it was found; install it or pass it with --python",
                )
            )
    for name in _unused_examples(state):
        items.append(
            _MissingItem.from_parent(
                session,
                name=f"unused-example[{name}]",
                message=f"example folder {state.examples / name} is used by no page in "
                f"{state.pages}; show it with ```{{example}} {name}``` or remove it",
            )
        )
    if state.require_examples and not any(
        isinstance(item.parent, pytest.File) and item.path.suffix == ".md" for item in items
    ):
        items.append(
            _MissingItem.from_parent(
                session,
                name="required-examples",
                message=f"no {{example}} directive was collected from {state.pages}; "
                "check the importdemo_pages setting and the pages",
            )
        )


def _unused_examples(state: _Verification) -> list[str]:
    if not state.examples.is_dir() or not state.pages.is_dir():
        return []
    used = {
        found.argument.strip()
        for page in state.pages.rglob("*.md")
        if "_build" not in page.relative_to(state.pages).parts
        for found in scan_page(page.read_text(encoding="utf-8"))
    }
    return [name for name in example_names(state.examples) if name not in used]


def pytest_report_header(config: pytest.Config) -> str:
    state = config.stash[_STATE]
    pythons = ", ".join(
        f"{interpreter.short_version} ({interpreter.executable})"
        for interpreter in state.interpreters
    )
    return f"importdemo: examples verified on {pythons or 'no interpreter'}"


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    state = config.stash[_STATE]
    missing = state.missing()
    found = ", ".join(state.found()) or "none"
    line = f"importdemo: examples verified on Python {found}"
    if missing:
        line += f"; not checked on: {', '.join(missing)} (not found)"
    terminalreporter.write_sep("-", line, yellow=bool(missing), bold=True)
