"""The pytest plugin, as a maintainer running `pytest` on a project sees it."""

from __future__ import annotations

import os
import platform
import shutil
import sys
from pathlib import Path

import pytest

PAGE = """\
# Page

Some text.

```{example} demo
hello 
world
```
"""


@pytest.fixture
def project(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> pytest.Pytester:
    # CI sets these for the whole run; each test here says what it requires.
    for name in ("IMPORTDEMO_PYTHONS", "IMPORTDEMO_REQUIRE_PYTHON", "IMPORTDEMO_REQUIRE_EXAMPLES"):
        monkeypatch.delenv(name, raising=False)
    pytester.makeini("[pytest]\n")
    pytester.makepyprojecttoml("[tool.importdemo]\n")
    (pytester.path / "docs").mkdir()
    (pytester.path / "docs" / "page.md").write_text(PAGE)
    demo = pytester.path / "examples" / "demo"
    demo.mkdir(parents=True)
    (demo / "main.py").write_text('print("hello ")\nprint("world")\n')
    return pytester


def run(project: pytest.Pytester, *args: str) -> pytest.RunResult:
    return project.runpytest_subprocess(
        f"--python={sys.executable}", "-p", "no:cacheprovider", *args
    )


def version() -> str:
    return f"{sys.version_info[0]}.{sys.version_info[1]}"


def test_a_matching_page_passes_with_an_id_naming_example_line_and_version(
    project: pytest.Pytester,
) -> None:
    result = run(project, "-v")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines([f"docs/page.md::demo,line:5[[]{version()}[]] PASSED*"])


def test_one_changed_character_fails_with_page_line_and_diff(project: pytest.Pytester) -> None:
    page = project.path / "docs" / "page.md"
    page.write_text(PAGE.replace("world", "World"))
    result = run(project)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            f"docs/page.md:5: example demo on Python {version()}.* differs from the page:",
            "--- docs/page.md:6 (expected)",
            "*",
            "*",
            " hello \u23ce",
            "-World",
            "+world",
            "If the example's new output is right, record it with: "
            "python -m importdemo update docs/page.md",
        ]
    )


def test_a_lost_trailing_space_fails(project: pytest.Pytester) -> None:
    (project.path / "docs" / "page.md").write_text(PAGE.replace("hello \n", "hello\n"))
    result = run(project)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["-hello", "+hello \u23ce"])


def test_an_unknown_example_fails_naming_the_page_and_line(project: pytest.Pytester) -> None:
    (project.path / "docs" / "page.md").write_text(PAGE.replace("{example} demo", "{example} dmeo"))
    result = run(project)
    result.assert_outcomes(failed=2)  # and demo is now used by no page
    result.stdout.fnmatch_lines(["*docs/page.md:5: no example named 'dmeo'*did you mean 'demo'?"])


def test_a_malformed_directive_fails_instead_of_being_skipped(project: pytest.Pytester) -> None:
    (project.path / "docs" / "page.md").write_text(
        PAGE.replace("hello \n", ":colour: red\nhello \n")
    )
    result = run(project)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*docs/page.md:5: unknown option :colour:*"])


def test_a_required_python_that_is_missing_fails_naming_it(project: pytest.Pytester) -> None:
    # Every runtime found, none named: only the requirement is run (-k).
    result = project.runpytest_subprocess(
        "-p", "no:cacheprovider", "-k", "required", f"--require-python={version()},3.99"
    )
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*Python 3.99 is required*could not be had (not found)*"])


def test_a_missing_version_is_reported_as_not_checked(project: pytest.Pytester) -> None:
    result = run(project)
    release = platform.python_version()
    result.stdout.fnmatch_lines(
        [f"*importdemo: examples checked on CPython {release}; *; not checked on: *"]
    )


def test_no_examples_collected_fails_when_examples_are_required(
    project: pytest.Pytester,
) -> None:
    (project.path / "docs" / "page.md").write_text("# Nothing to run\n")
    shutil.rmtree(project.path / "examples" / "demo")
    result = run(project, "--require-examples")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*no {example} directive was collected*"])


def test_versions_with_different_outputs_each_check_their_own(
    project: pytest.Pytester,
) -> None:
    mine = version()
    other = "3.99"
    page = (
        "````{example} demo\n:changed: a change\n"
        f"```{{output}} {mine}\nhello \nworld\n```\n"
        f"```{{output}} {other}\nsomething else\n```\n````\n"
    )
    (project.path / "docs" / "page.md").write_text(page)
    run(project).assert_outcomes(passed=1)
    (project.path / "docs" / "page.md").write_text(page.replace("world", "World"))
    run(project).assert_outcomes(failed=1)
    (project.path / "docs" / "page.md").write_text(page.replace("something", "Something"))
    run(project).assert_outcomes(passed=1)


def test_the_page_folder_and_examples_folder_can_be_configured(
    project: pytest.Pytester,
) -> None:
    (project.path / "docs").rename(project.path / "pages")
    (project.path / "examples").rename(project.path / "programs")
    project.makepyprojecttoml('[tool.importdemo]\npages = "pages"\nexamples = "programs"\n')
    run(project).assert_outcomes(passed=1)


def test_a_project_without_an_importdemo_table_is_left_alone(project: pytest.Pytester) -> None:
    (project.path / "pyproject.toml").write_text("[project]\nname = 'other'\n")
    result = run(project)
    result.assert_outcomes()
    assert "importdemo:" not in result.stdout.str()  # no header, no summary


def test_an_unknown_setting_is_an_error_naming_the_file(project: pytest.Pytester) -> None:
    project.makepyprojecttoml("[tool.importdemo]\npage = 'docs'\n")
    result = run(project)
    assert result.ret != 0
    result.stderr.fnmatch_lines(
        ["*pyproject.toml: [[]tool.importdemo[]] has no setting 'page'; the settings are: *"]
    )


def test_examples_are_not_run_from_the_source_tree(project: pytest.Pytester) -> None:
    run(project).assert_outcomes(passed=1)
    assert sorted(p.name for p in Path(project.path / "examples" / "demo").iterdir()) == ["main.py"]


def test_an_example_folder_no_page_uses_fails_naming_it(project: pytest.Pytester) -> None:
    orphan = project.path / "examples" / "orphan"
    orphan.mkdir()
    (orphan / "main.py").write_text("")
    result = run(project)
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*example folder */examples/orphan is used by no page*"])


def test_update_examples_rewrites_the_failing_page_exactly(project: pytest.Pytester) -> None:
    page = project.path / "docs" / "page.md"
    page.write_text(PAGE.replace("world", "World"))
    result = run(project, "--update-examples")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["importdemo: updated demo at *page.md:5"])
    assert page.read_text() == PAGE
    run(project).assert_outcomes(passed=1)


def test_update_examples_with_parallel_workers_writes_each_page_once(
    project: pytest.Pytester,
) -> None:
    page = project.path / "docs" / "page.md"
    page.write_text(PAGE.replace("world", "World"))
    result = run(project, "--update-examples", "-n", "2")
    result.assert_outcomes(failed=1)
    assert len([line for line in result.outlines if "importdemo: updated demo" in line]) == 1
    assert page.read_text() == PAGE


def test_a_run_that_collects_no_pages_requires_nothing_of_them(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    (project.path / "tests").mkdir()
    (project.path / "tests" / "test_unit.py").write_text("def test_unit():\n    pass\n")
    orphan = project.path / "examples" / "orphan"
    orphan.mkdir()
    (orphan / "main.py").write_text("")
    monkeypatch.setenv("IMPORTDEMO_REQUIRE_EXAMPLES", "1")
    result = run(project, "tests/test_unit.py", "--require-python=3.99")
    result.assert_outcomes(passed=1)
    assert "no {example} directive was collected" not in result.stdout.str()


def test_a_run_of_unit_tests_alone_does_not_claim_to_have_checked_examples(
    project: pytest.Pytester,
) -> None:
    (project.path / "tests").mkdir()
    (project.path / "tests" / "test_unit.py").write_text("def test_unit():\n    pass\n")
    result = run(project, "tests/test_unit.py")
    result.assert_outcomes(passed=1)
    assert "examples checked on" not in result.stdout.str()
    run(project, "docs").stdout.fnmatch_lines(["*importdemo: examples checked on CPython *"])


@pytest.mark.parametrize("selected", ["docs", "docs/page.md", "."])
def test_a_run_that_collects_pages_checks_what_is_required(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, selected: str
) -> None:
    orphan = project.path / "examples" / "orphan"
    orphan.mkdir()
    (orphan / "main.py").write_text("")
    monkeypatch.setenv("IMPORTDEMO_REQUIRE_EXAMPLES", "1")
    result = run(project, selected, "--require-python=3.99")
    result.assert_outcomes(passed=1, failed=2)
    result.stdout.fnmatch_lines(["*examples/orphan is used by no page*"])
    result.stdout.fnmatch_lines(["*Python 3.99 is required*"])


def test_a_run_of_pages_that_hold_no_example_fails_when_examples_are_required(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    (project.path / "docs" / "page.md").write_text("# Nothing to run\n")
    shutil.rmtree(project.path / "examples" / "demo")
    monkeypatch.setenv("IMPORTDEMO_REQUIRE_EXAMPLES", "1")
    result = run(project, "docs")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*no {example} directive was collected*"])


def test_update_examples_from_a_subfolder_rewrites_the_failing_page(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = project.path / "docs" / "page.md"
    page.write_text(PAGE.replace("world", "World"))
    monkeypatch.chdir(project.path / "docs")
    result = run(project, "--update-examples")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["importdemo: updated demo at *page.md:5"])
    assert page.read_text() == PAGE


def test_a_stored_result_is_recalled_and_the_summary_says_so(project: pytest.Pytester) -> None:
    first = run(project)
    first.assert_outcomes(passed=1)
    first.stdout.fnmatch_lines(["*examples checked on CPython *; 1 run now; not checked on*"])
    results = project.path / "docs" / "_build" / ".importdemo-results"
    (entry,) = results.glob("*.json")  # the folder the docs build reads too
    assert '"output": "hello \\nworld\\n"' in entry.read_text()
    entry.write_text(entry.read_text().replace("world", "World"))  # what an earlier run stored
    again = run(project)
    again.assert_outcomes(failed=1)  # the stored result was checked, not a new run
    again.stdout.fnmatch_lines(
        ["*; 0 run now, 1 recalled from stored results (--fresh-runs recalls none); not checked*"]
    )
    fresh = run(project, "--fresh-runs")
    fresh.assert_outcomes(passed=1)
    fresh.stdout.fnmatch_lines(["*; 1 run now; not checked on*"])
    assert "World" not in entry.read_text()  # the fresh run's result replaced it


def test_two_workers_that_need_the_same_run_run_it_once(project: pytest.Pytester) -> None:
    (project.path / "docs" / "other.md").write_text(PAGE)
    result = run(project, "-n", "2")
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(["*examples checked on CPython *; 1 run now*"])


def test_fresh_runs_in_two_workers_run_the_example_once_and_recall_nothing_older(
    project: pytest.Pytester,
) -> None:
    run(project).assert_outcomes(passed=1)
    (entry,) = (project.path / "docs" / "_build" / ".importdemo-results").glob("*.json")
    entry.write_text(entry.read_text().replace("world", "World"))  # stored before this session
    (project.path / "docs" / "other.md").write_text(PAGE)
    result = run(project, "-n", "2", "--fresh-runs")
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(["*examples checked on CPython *; 1 run now*"])


def test_a_webassembly_runtime_can_be_named_in_importdemo_pythons(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("IMPORTDEMO_PYTHONS", os.pathsep.join([sys.executable, "wasm:3.13"]))
    result = project.runpytest_subprocess("-p", "no:cacheprovider", "--collect-only", "-q")
    assert result.ret == 0, result.stderr.str()
    result.stdout.fnmatch_lines(
        [f"docs/page.md::demo,line:5[[]{version()}[]]", "docs/page.md::demo,line:5[[]3.13-wasm[]]"]
    )


def test_runtimes_left_out_by_python_are_reported_as_not_asked_for(
    project: pytest.Pytester,
) -> None:
    result = run(project)
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(
        ["*; not checked on: 3.9, 3.10, *-wasm (not asked for: --python) -*"]
    )
    assert "not found" not in result.stdout.str()


def test_a_narrowed_run_names_what_narrowed_it(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    project.makepyprojecttoml(f'[tool.importdemo]\npythons = ["{sys.executable}"]\n')
    result = project.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(
        ["*not checked on: *(not asked for: [[]tool.importdemo[]] pythons)*"]
    )
    monkeypatch.setenv("IMPORTDEMO_PYTHONS", sys.executable)
    result = project.runpytest_subprocess("-p", "no:cacheprovider")
    result.stdout.fnmatch_lines(["*not checked on: *(not asked for: IMPORTDEMO_PYTHONS)*"])


def test_a_required_python_left_out_by_python_fails_saying_why(project: pytest.Pytester) -> None:
    other = "3.9" if version() != "3.9" else "3.10"
    result = run(project, f"--require-python={version()},{other},3.14-wasm")
    result.assert_outcomes(passed=1, failed=2)
    result.stdout.fnmatch_lines(
        [
            f"*Python {other} is required (--require-python) but --python left it out: this run "
            f"checks only {version()}; add a Python {other} to --python, or do not require {other}",
        ]
    )
    result.stdout.fnmatch_lines(["*add wasm:3.14 to --python, or do not require 3.14-wasm*"])


@pytest.mark.skipif(os.name != "posix", reason="the fake Python is an sh script")
def test_pytest_xdist_workers_do_not_look_for_the_pythons_again(
    project: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The session looks for its runtimes once, in the process that starts the workers."""
    from tests.runner.test_discovery import fake_python, times_asked

    python = fake_python(project.path / "fake", "3.12.4")
    shutil.rmtree(project.path / "examples" / "demo")
    (project.path / "docs" / "page.md").write_text("# A page with no example yet\n")
    not_a_folder = project.path / "cache-is-a-file"
    not_a_folder.write_text("")  # nothing is remembered: each look is a question asked
    monkeypatch.setenv("IMPORTDEMO_CACHE", str(not_a_folder))
    result = project.runpytest_subprocess(
        f"--python={python}", "-p", "no:cacheprovider", "-n", "2", "docs"
    )
    assert "3.12.4" in result.stdout.str()
    assert times_asked(python) == 1
