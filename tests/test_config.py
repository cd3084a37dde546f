"""The course's settings: one [tool.importdemo] table, read the same way everywhere."""

from __future__ import annotations

import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from importdemo.config import load_config
from importdemo.errors import ExampleError

if TYPE_CHECKING:
    from pathlib import Path


def test_paths_are_relative_to_the_pyproject_found_from_a_subfolder(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.importdemo]\nexamples = "programs"\npages = "site"\ntimeout = 3\n'
    )
    (tmp_path / "site" / "deep").mkdir(parents=True)
    course = load_config(tmp_path / "site" / "deep")
    assert course.source == tmp_path / "pyproject.toml"
    assert course.examples == tmp_path / "programs"
    assert course.pages == tmp_path / "site"
    assert course.timeout == 3.0


def test_without_a_table_the_defaults_apply_to_the_folder_searched(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "other"\n')
    course = load_config(tmp_path)
    assert course.source is None
    assert course.examples == tmp_path.resolve() / "examples"
    assert course.pythons == ()
    assert course.require_used


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("example = 'x'", "has no setting 'example'; the settings are: examples, pages,"),
        ("timeout = 0", "timeout must be a positive number, not 0"),
        ("pythons = 'python3.12'", "pythons must be a list of strings, not 'python3.12'"),
        ("require_used = 1", "require_used must be true or false, not 1"),
    ],
)
def test_a_bad_setting_is_an_error_naming_the_file(
    tmp_path: Path, setting: str, message: str
) -> None:
    (tmp_path / "pyproject.toml").write_text(f"[tool.importdemo]\n{setting}\n")
    with pytest.raises(ExampleError, match=r"pyproject\.toml: ") as raised:
        load_config(tmp_path)
    assert message in str(raised.value)


def test_the_command_line_takes_its_folders_from_the_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.importdemo]\nexamples = "programs"\n')
    (tmp_path / "sub").mkdir()
    created = subprocess.run(
        [sys.executable, "-m", "importdemo", "new", "made-here"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert created.returncode == 0, created.stderr
    assert (tmp_path / "programs" / "made-here" / "main.py").is_file()
