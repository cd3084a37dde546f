"""Each warning of the build has a type, importdemo.SUBTYPE, that `suppress_warnings` takes.

The sample course (``tests/samples/course``), copied, with one stale output
and one example folder that no page uses: two warnings of two subtypes.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("sphinx")

SAMPLE = Path(__file__).parents[1] / "samples" / "course"


@pytest.fixture
def course(tmp_path: Path) -> Path:
    course = shutil.copytree(SAMPLE, tmp_path / "course")
    pyproject = course / "pyproject.toml"
    pyproject.write_text(
        pyproject.read_text().replace('pythons = ["python"]', f"pythons = [{sys.executable!r}]")
    )
    page = course / "docs" / "index.md"
    page.write_text(page.read_text().replace("greeting in sys.modules: True", "stale"))
    (course / "examples" / "orphan").mkdir()
    (course / "examples" / "orphan" / "main.py").write_text("")
    return course


def build_warnings(course: Path, suppress: list[str]) -> str:
    """The warnings of a build of *course* with ``suppress_warnings = suppress``."""
    conf = course / "docs" / "conf.py"
    conf.write_text(conf.read_text() + f"suppress_warnings = {suppress!r}\n")
    result = subprocess.run(
        [sys.executable, "-m", "sphinx", "-q", "-b", "html", "docs", "_build/html"],
        cwd=course,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return result.stderr


def test_each_warning_names_its_type(course: Path) -> None:
    warnings = build_warnings(course, [])
    assert "index.md:6: WARNING: " in warnings
    assert "-stale\n+greeting in sys.modules: True" in warnings
    assert "[importdemo.stale]" in warnings
    [unused] = [line for line in warnings.splitlines() if "is used by no page" in line]
    # The message names the folder; no made-up page stands before it.
    assert unused.startswith(f"WARNING: example folder {course / 'examples' / 'orphan'} is used")
    assert "[importdemo.unused]" in warnings


def test_suppressing_stale_outputs_silences_them_and_nothing_else(course: Path) -> None:
    warnings = build_warnings(course, ["importdemo.stale"])
    assert "[importdemo.stale]" not in warnings
    assert "-stale" not in warnings
    assert "orphan is used by no page" in warnings
    assert warnings.count("WARNING") == 1


def test_a_bad_setting_stops_the_build_naming_the_pyproject(course: Path) -> None:
    pyproject = course / "pyproject.toml"
    table = "[tool.importdemo]\n"
    pyproject.write_text(pyproject.read_text().replace(table, table + "require_change = true\n"))
    result = subprocess.run(
        [sys.executable, "-m", "sphinx", "-q", "-b", "html", "docs", "_build/html"],
        cwd=course,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "Configuration error" in result.stderr
    assert f"{pyproject}: [tool.importdemo] has no setting 'require_change'" in result.stderr
