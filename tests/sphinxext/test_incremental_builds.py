"""A rebuild after an edit redoes only what the edit changed, and gives what a fresh build gives.

On the sample course of ``test_teaching_kit.py`` (two chapters, three
examples), its outputs recorded on the Python running the tests.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

pytest.importorskip("sphinx")

from tests.sphinxext.test_teaching_kit import build, make_course, read, sections

if TYPE_CHECKING:
    from pathlib import Path

DOWNLOADS = "_examples"


def files_of(site: Path) -> dict[str, tuple[int, int]]:
    """Each file of the site's downloads, with what changes when it is written again."""
    return {
        path.relative_to(site).as_posix(): (path.stat().st_ino, path.stat().st_mtime_ns)
        for path in sorted((site / DOWNLOADS).rglob("*"))
        if path.is_file()
    }


def rewritten(before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]]) -> set[str]:
    return {name for name, identity in after.items() if before.get(name) != identity}


def test_an_edit_rewrites_only_the_downloads_it_changes_and_they_match_a_fresh_build(
    tmp_path: Path,
) -> None:
    course = make_course(tmp_path / "course")
    assert build(course).returncode == 0
    site = course / "_build"
    before = files_of(site)
    page = course / "docs" / "first.md"
    page.write_text(page.read_text().replace("fail on purpose", "fail, on purpose"))

    again = build(course)
    assert again.returncode == 0, again.stderr
    assert rewritten(before, files_of(site)) == {
        f"{DOWNLOADS}/exits.zip",  # its README quotes the paragraph
        f"{DOWNLOADS}/bundles/first.zip",
        f"{DOWNLOADS}/bundles/sample-course.zip",
        f"{DOWNLOADS}/notebooks/first.ipynb",  # the chapter's prose
    }
    readme = sections(read(site / DOWNLOADS / "exits.zip", "exits/README.md"))
    assert "An example can fail, on purpose:" in readme["Failing"]

    fresh = build(course, out="_build_fresh")
    assert fresh.returncode == 0, fresh.stderr
    for name in files_of(site):
        assert (site / name).read_bytes() == (course / "_build_fresh" / name).read_bytes(), name


def test_after_an_edit_only_the_page_read_again_runs_its_examples(tmp_path: Path) -> None:
    course = make_course(tmp_path / "course")
    assert build(course).returncode == 0
    results = course / ".importdemo-results"  # beside the site: the build's stored runs
    stored = len(list(results.glob("*.json")))
    assert stored == 5  # greet, exits; greet with arguments, traced; shout
    for entry in results.iterdir():
        entry.unlink()
    page = course / "docs" / "first.md"
    page.write_text(page.read_text() + "\nOne more sentence.\n")

    again = build(course)
    assert again.returncode == 0, again.stderr
    # The downloads' outputs of the second chapter are those of the last build.
    assert len(list(results.glob("*.json"))) == 2  # greet and exits, for first.md


def test_a_notebook_follows_a_page_it_links_to_that_changed_its_title(tmp_path: Path) -> None:
    course = make_course(tmp_path / "course")
    assert build(course).returncode == 0
    notebook = course / "_build" / DOWNLOADS / "notebooks" / "first.ipynb"
    assert "[Second steps](" in notebook.read_text()
    page = course / "docs" / "second.md"
    page.write_text(page.read_text().replace("# Second steps", "# Further steps", 1))

    again = build(course)
    assert again.returncode == 0, again.stderr
    text = notebook.read_text()
    assert "[Further steps](" in text
    assert "Second steps" not in text
