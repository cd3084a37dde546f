"""`python -m importdemo`: what a user types and sees."""

from __future__ import annotations

import os
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
    result = importdemo("new", "my-first-example", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "```{example} my-first-example" in result.stdout
    assert "Created examples/my-first-example with main.py." in result.stdout
    created = tmp_path / "examples" / "my-first-example"
    assert [path.name for path in created.iterdir()] == ["main.py"]
    assert importdemo("run", str(created)).stdout == "Hello from main.py\n"


def test_new_copies_the_template_folder_the_course_names(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.importdemo]\nnew_template = "start"\n')
    (tmp_path / "start" / "pkg").mkdir(parents=True)
    (tmp_path / "start" / "main.py").write_text("import pkg.mod\n")
    (tmp_path / "start" / "pkg" / "mod.py").write_text('print("from the template")\n')
    (tmp_path / "sub").mkdir()
    result = importdemo("new", "from-template", cwd=tmp_path / "sub")
    assert result.returncode == 0, result.stderr
    assert "with main.py, pkg/mod.py." in result.stdout
    created = tmp_path / "examples" / "from-template"
    assert importdemo("run", str(created)).stdout == "from the template\n"


def test_a_template_folder_that_is_missing_is_an_error_naming_the_setting(
    tmp_path: Path,
) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.importdemo]\nnew_template = "gone"\n')
    result = importdemo("new", "my-example", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == (
        f"importdemo: error: {tmp_path / 'pyproject.toml'}: new_template {tmp_path / 'gone'} "
        "is not a folder of files to copy; set it to one, or remove it, in [tool.importdemo]\n"
    )
    assert not (tmp_path / "examples").exists()


def test_this_course_starts_new_examples_from_an_import(tmp_path: Path) -> None:
    result = importdemo("new", "my-first-example", "--examples", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert importdemo("run", str(tmp_path / "my-first-example")).stdout == (
        "Before the import, 'module1' in sys.modules: False\n"
        "Running module1\n"
        "After the import, 'module1' in sys.modules: True\n"
    )


def test_pythons_lists_this_python_and_every_webassembly_runtime() -> None:
    result = importdemo("pythons")
    assert result.returncode == 0, result.stderr
    release = ".".join(map(str, sys.version_info[:3]))
    rows = [line.split() for line in result.stdout.splitlines()]
    assert [f"{sys.version_info[0]}.{sys.version_info[1]}", release] in [row[:2] for row in rows]
    assert [row[:2] for row in rows if row[0].startswith("wasm:")] == [
        ["wasm:3.13", "3.13.2"],
        ["wasm:3.14", "3.14.2"],
        ["wasm:3.15", "3.15.0rc1"],
    ]


def test_run_on_webassembly_says_when_the_example_cannot_run_there(
    make_example: MakeExample,
) -> None:
    folder = make_example(main="import threading\nthreading.Thread(target=print).start()\n")
    result = importdemo("run", "--python", "wasm:3.14", str(folder))
    if result.returncode == 2 and not os.environ.get("IMPORTDEMO_REQUIRE_WASM"):
        pytest.skip(f"wasm:3.14 not checked: {result.stderr.strip()}")
    assert result.returncode == 1
    assert result.stdout.endswith("RuntimeError: can't start new thread\n")
    assert result.stderr == (
        "importdemo: not runnable in WebAssembly: it starts a thread, which WebAssembly cannot do\n"
    )
