"""What names an example: one rule, for `new`, for `{example}` and for the folders found."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from importdemo.errors import ExampleError
from importdemo.pages.directive import read_example_directive
from importdemo.runner.example_folders import example_names, find_example, is_example_name

GOOD = ["module-caching", "pep-562", "3d"]
BAD = ["Module-Caching", "snake_case", "dotted.name", "_private", "trailing-", "two--hyphens"]


def new(name: str, examples: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "importdemo", "new", name, "--examples", str(examples)],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize("name", BAD)
def test_a_name_new_refuses_is_refused_by_the_directive_and_is_no_example(
    name: str, tmp_path: Path
) -> None:
    assert not is_example_name(name)
    refused = new(name, tmp_path)
    assert refused.returncode == 2
    assert "not a good example name" in refused.stderr
    with pytest.raises(ExampleError, match="needs the name of an example folder"):
        read_example_directive(name, {}, "x\n", page=Path("page.md"), line=1, body_line=2)
    (tmp_path / name).mkdir()
    assert example_names(tmp_path) == []  # not reported as an unused example either
    with pytest.raises(ExampleError, match="is not an example name"):
        find_example(tmp_path, name)


def test_the_names_new_accepts_are_examples_everywhere(tmp_path: Path) -> None:
    for name in GOOD:
        assert new(name, tmp_path).returncode == 0
        read_example_directive(name, {}, "x\n", page=Path("page.md"), line=1, body_line=2)
        assert find_example(tmp_path, name) == tmp_path / name
    assert example_names(tmp_path) == sorted(GOOD)


def test_a_name_cannot_reach_outside_the_examples_folder(tmp_path: Path) -> None:
    (tmp_path / "examples").mkdir()
    (tmp_path / "secret").mkdir()
    with pytest.raises(ExampleError, match=r"'\.\./secret' is not an example name"):
        find_example(tmp_path / "examples", "../secret")
