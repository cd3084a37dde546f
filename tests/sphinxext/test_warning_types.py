"""Each warning of the build has a type, importdemo.SUBTYPE, that `suppress_warnings` takes.

The sample course (``tests/samples/course``), copied, with one stale output
and one example folder that no page uses: two warnings of two subtypes.
"""

from __future__ import annotations

import platform
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.sphinx_command import SPHINX_BUILD

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


def sphinx_build(course: Path) -> subprocess.CompletedProcess[str]:
    """A build of *course*'s site, as ``sphinx-build -q`` reports it."""
    return subprocess.run(
        [*SPHINX_BUILD, "-q", "-b", "html", "docs", "_build/html"],
        cwd=course,
        capture_output=True,
        text=True,
        check=False,
    )


def build_warnings(course: Path, suppress: list[str]) -> str:
    """The warnings of a build of *course* with ``suppress_warnings = suppress``."""
    conf = course / "docs" / "conf.py"
    conf.write_text(conf.read_text() + f"suppress_warnings = {suppress!r}\n")
    result = sphinx_build(course)
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
    result = sphinx_build(course)
    assert result.returncode == 2
    assert "Configuration error" in result.stderr
    assert f"{pyproject}: [tool.importdemo] has no setting 'require_change'" in result.stderr


def warnings_of(warnings: str, subtype: str) -> list[str]:
    """Each warning of *subtype* in a build's *warnings*, whole (all its lines)."""
    chunks = re.split(r"\n(?=(?:\S+ )?WARNING: )", warnings.strip())
    return [chunk for chunk in chunks if chunk.endswith(f"[importdemo.{subtype}]")]


def test_a_stale_output_names_its_page_and_line_once(course: Path) -> None:
    warnings = build_warnings(course, ["importdemo.unused"])
    [stale] = warnings_of(warnings, "stale")
    assert stale.startswith(
        f"{course / 'docs' / 'index.md'}:6: WARNING: example module-runs-once on Python "
        f"{platform.python_version()} differs from the page:\n"
    ), stale
    assert "\n--- docs/index.md:7 (expected)\n" in stale  # the diff keeps its own headers


def test_a_run_that_could_not_happen_is_not_blamed_on_the_page(
    course: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IMPORTDEMO_CACHE", str(tmp_path / "cache"))  # no clean venv made yet
    conf = course / "docs" / "conf.py"
    conf.write_text(
        conf.read_text()
        + "from importdemo.runner import clean_python\n"
        + "clean_python._VENV_TIMEOUT = 0.001  # making a venv always takes longer\n"
    )
    warnings = build_warnings(course, ["importdemo.unused"])
    assert "[importdemo.stale]" not in warnings
    page = course / "docs" / "index.md"
    release = platform.python_version()
    runs = warnings_of(warnings, "run")
    assert len(runs) == 2, warnings
    for run, (line, name) in zip(runs, [(6, "module-runs-once"), (13, "relative-import")]):
        assert run.startswith(
            f"{page}:{line}: WARNING: could not run example {name} on Python {release}: "
            "making a clean environment with "
        ), run
        assert "took more than 0.001 seconds" in run
        assert run.endswith("then run again [importdemo.run]")


@pytest.mark.parametrize("option", [":exit-status: one", ":python: banana"])
def test_a_folder_named_by_a_directive_in_error_is_not_called_unused(
    course: Path, option: str
) -> None:
    page = course / "docs" / "index.md"
    named = "```{example} relative-import\n"
    page.write_text(page.read_text().replace(named, f"{named}{option}\n"))
    warnings = build_warnings(course, ["importdemo.stale"])
    assert "relative-import is used by no page" not in warnings
    assert f"{page}:13: WARNING: " in warnings  # the error itself
    assert "orphan is used by no page" in warnings  # a folder no page names still is


def test_warnings_about_files_that_are_not_pages_name_them_as_they_are(course: Path) -> None:
    readme = course / "examples" / "relative-import" / "README.md"
    readme.write_text("# Notes\n")
    conf = course / "docs" / "conf.py"
    conf.write_text(conf.read_text() + 'importdemo_code_license = "LICENSE-CODE"\n')
    line = len(conf.read_text().splitlines())
    warnings = build_warnings(course, ["importdemo.stale", "importdemo.unused"])
    [license] = warnings_of(warnings, "license")
    assert license.startswith(f"{conf}:{line}: WARNING: importdemo_code_license names ")
    [own_readme] = warnings_of(warnings, "readme")
    assert own_readme.startswith(f"{readme}:1: WARNING: example relative-import has a README.md")
    assert ".py.md" not in warnings
    assert ".md.md" not in warnings
