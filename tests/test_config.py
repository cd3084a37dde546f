"""The course's settings: one [tool.importdemo] table, read the same way everywhere."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from importdemo.config import NEUTRAL_TEMPLATE, load_config
from importdemo.errors import ExampleError


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


def test_a_course_that_sets_no_rules_gets_the_engines_neutral_ones() -> None:
    course = load_config(Path(__file__).parent / "samples" / "course")
    assert course.source is not None
    assert not course.require_changed
    assert course.changed_hint == "one line saying what changed"
    assert course.new_template == NEUTRAL_TEMPLATE
    assert sorted(path.name for path in NEUTRAL_TEMPLATE.iterdir()) == ["main.py"]


def test_a_course_names_its_own_rules_and_template(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.importdemo]\nrequire_changed = true\nchanged_hint = "a link"\nnew_template = "tpl"\n'
    )
    course = load_config(tmp_path)
    assert (course.require_changed, course.changed_hint) == (True, "a link")
    assert course.new_template == tmp_path / "tpl"


def test_an_edited_table_is_read_again(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.importdemo]\ntimeout = 3\n")
    assert load_config(tmp_path).timeout == 3.0
    (tmp_path / "pyproject.toml").write_text("[tool.importdemo]\ntimeout = 30\n")
    assert load_config(tmp_path).timeout == 30.0


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("example = 'x'", "has no setting 'example'; the settings are: examples, pages,"),
        ("timeout = 0", "timeout must be a positive number, not 0"),
        ("pythons = 'python3.12'", "pythons must be a list of strings, not 'python3.12'"),
        ("require_used = 1", "require_used must be true or false, not 1"),
        ("require_changed = 'yes'", "require_changed must be true or false, not 'yes'"),
        ("changed_hint = ''", "changed_hint must be a string, not ''"),
        ("new_template = 3", "new_template must be a path, not 3"),
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
