"""`python -m importdemo`: what a user types and sees."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from .conftest import MakeExample

ROOT = Path(__file__).parent.parent


def importdemo(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "importdemo", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        check=False,
    )


def test_run_prints_the_output_the_page_shows_and_exits_with_its_status() -> None:
    result = importdemo("run", "examples/module-caching")
    assert result.returncode == 0
    assert result.stdout.startswith("======== Running main.py ======== \nImporting module1\n")
    assert result.stderr == ""


def test_run_exits_with_the_examples_status_and_passes_arguments(
    make_example: MakeExample,
) -> None:
    folder = make_example(main="import sys; print(sys.argv[1:]); sys.exit(7)\n")
    result = importdemo("run", str(folder), "--", "x", "--y")
    assert (result.returncode, result.stdout) == (7, "['x', '--y']\n")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["run", "no/such/folder"], "no/such/folder: no such example folder"),
        (["run", "examples"], "examples: the example folder has no main.py"),
        (["run", "examples/module-caching", "--python", "python9.9"], "no Python interpreter"),
        (["run", "examples/module-caching", "--timeout", "soon"], "not a positive number"),
        (["run", "examples/module-caching", "--timeout", "-1"], "not a positive number"),
        (["new", "Bad_Name"], "not a good example name"),
    ],
)
def test_a_bad_request_is_one_line_on_stderr_and_status_2(args: list[str], message: str) -> None:
    result = importdemo(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert result.stderr.startswith("importdemo: error: ")
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_help_explains_every_option_of_run() -> None:
    result = importdemo("run", "--help")
    for option in ("--python", "--timeout", "--module", "124", "125", "--"):
        assert option in result.stdout


def test_new_creates_a_runnable_example_and_prints_the_directive(tmp_path: Path) -> None:
    result = importdemo("new", "my-first-example", "--examples", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "```{example} my-first-example" in result.stdout
    assert importdemo("run", str(tmp_path / "my-first-example")).stdout == (
        "Before the import, 'module1' in sys.modules: False\n"
        "Running module1\n"
        "After the import, 'module1' in sys.modules: True\n"
    )
