"""`importdemo update`: stale outputs found, rewritten in place, nothing else touched."""

from __future__ import annotations

import builtins
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from importdemo.pages.update import update_pages
from importdemo.runner import run
from importdemo.runner.discovery import find_interpreters
from importdemo.runner.pythons import python_for

if TYPE_CHECKING:
    from importdemo.pages import update

#: A course of one page and two examples, as another course would be laid out.
SAMPLE = Path(__file__).parents[1] / "samples" / "course"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A copy of the sample course, free to edit."""
    course = tmp_path / "course"
    shutil.copytree(SAMPLE, course, ignore=shutil.ignore_patterns("_build"))
    return course


def importdemo(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "importdemo", *args, f"--python={sys.executable}"],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
    )


def test_check_reports_a_corrupted_output_and_update_restores_the_page_exactly(
    repo: Path,
) -> None:
    page = repo / "docs" / "index.md"
    original = page.read_bytes()
    page.write_bytes(original.replace(b"sys.modules: True\n", b"sys.modules: False\n", 1))

    check = importdemo(repo, "update", "--check")
    assert check.returncode == 1
    assert "docs/index.md:" in check.stdout
    assert "-greeting in sys.modules: False\n+greeting in sys.modules: True\n" in check.stdout
    assert page.read_bytes() != original

    update = importdemo(repo, "update", "docs")
    assert update.returncode == 0, update.stdout + update.stderr
    assert "updated module-runs-once" in update.stdout
    assert page.read_bytes() == original

    again = importdemo(repo, "update", "docs")
    assert "0 output(s) updated" in again.stdout
    assert page.read_bytes() == original


def test_a_changed_example_makes_only_the_pages_that_use_it_stale(repo: Path) -> None:
    greeting = repo / "examples" / "module-runs-once" / "greeting.py"
    greeting.write_text('print("Running greeting.py, changed")\n')
    check = importdemo(repo, "update", "--check")
    assert check.returncode == 1
    stale = [line for line in check.stdout.splitlines() if line.startswith("--- ")]
    assert stale
    assert all("module-runs-once" in line for line in stale), stale
    assert "relative-import" not in check.stdout


def test_a_page_in_sync_passes_the_check(repo: Path) -> None:
    check = importdemo(repo, "update", "--check")
    assert check.returncode == 0, check.stdout


def test_outputs_that_now_differ_by_version_are_split_into_variants(tmp_path: Path) -> None:
    pythons = find_interpreters()
    if len(pythons) < 2:
        pytest.skip("needs two Python versions")  # reported as skipped, never a pass
    older, newer = pythons[0], pythons[-1]
    (tmp_path / "docs").mkdir()
    page = tmp_path / "docs" / "page.md"
    page.write_text("Text.\n\n```{example} which\n:exit-status: 0\nPENDING\n```\n\nAfter.\n")
    (tmp_path / "examples" / "which").mkdir(parents=True)
    (tmp_path / "examples" / "which" / "main.py").write_text(
        f"import sys\nprint('new' if sys.version_info >= {newer.version[:2]} else 'old')\n"
    )
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "importdemo",
            "update",
            "docs",
            f"--python={older.executable}",
            f"--python={newer.executable}",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert "add :changed:" in result.stdout
    assert result.returncode == 1
    assert page.read_text() == (
        "Text.\n\n````{example} which\n:exit-status: 0\n"
        f"```{{output}} >={newer.short_version}\nnew\n```\n"
        f"```{{output}} <{newer.short_version}\nold\n```\n"
        "````\n\nAfter.\n"
    )


STALE_PAGE = "# Page\n\n```{example} demo\nhello\nWorld\n```\n\nAfter.\n"


@pytest.fixture
def small_repo(tmp_path: Path) -> Path:
    """A page whose one output is stale, and its example."""
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "page.md").write_text(STALE_PAGE, encoding="utf-8")
    (tmp_path / "examples" / "demo").mkdir(parents=True)
    (tmp_path / "examples" / "demo" / "main.py").write_text('print("hello")\nprint("world")\n')
    return tmp_path


def update_small_repo(repo: Path) -> list[update.PageReport]:
    return update_pages(
        [repo / "docs" / "page.md"],
        examples=repo / "examples",
        interpreters=[python_for(None)],
        write=True,
    )


def test_a_page_edited_while_its_examples_run_is_left_as_the_author_wrote_it(
    small_repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = small_repo / "docs" / "page.md"
    edited = "# Page\n\nA paragraph written during the runs.\n" + STALE_PAGE[len("# Page\n") :]
    real_run = run.run_example

    def run_while_the_author_edits(*args: Any, **kwargs: Any) -> Any:
        page.write_text(edited, encoding="utf-8")
        return real_run(*args, **kwargs)

    monkeypatch.setattr(run, "run_example", run_while_the_author_edits)
    (report,) = update_small_repo(small_repo)
    assert page.read_text(encoding="utf-8") == edited
    assert any("page.md: changed while its examples ran" in note for note in report.notes)


def test_check_shows_a_lost_trailing_space_as_the_tests_do(small_repo: Path) -> None:
    """The diff marks the end of a line that ends in white space: two lines never look alike."""
    (small_repo / "examples" / "demo" / "main.py").write_text('print("hello ")\nprint("World")\n')
    check = importdemo(small_repo, "update", "--check")
    assert check.returncode == 1
    assert "-hello\n+hello \u23ce\n World\n" in check.stdout, check.stdout


def test_update_names_a_directive_by_its_opening_line_as_the_tests_and_the_build_do(
    small_repo: Path,
) -> None:
    check = importdemo(small_repo, "update", "--check")
    assert "--- docs/page.md:4 demo (page)\n" in check.stdout  # the diff: where the output is
    update = importdemo(small_repo, "update")
    assert "docs/page.md:3: updated demo\n" in update.stdout, update.stdout


def test_update_writes_the_page_and_nothing_else(small_repo: Path) -> None:
    page = small_repo / "docs" / "page.md"
    page.chmod(0o640)
    update_small_repo(small_repo)
    assert page.read_text(encoding="utf-8") == STALE_PAGE.replace("World", "world")
    assert page.stat().st_mode & 0o777 == 0o640
    assert os.listdir(small_repo / "docs") == ["page.md"]


class _InterruptedWrite:
    """A file that takes half of what is written to it, then is interrupted (Ctrl-C)."""

    def __init__(self, handle: Any) -> None:
        self.handle = handle

    def write(self, data: Any) -> int:
        self.handle.write(data[: len(data) // 2])
        self.handle.flush()
        raise KeyboardInterrupt

    def __enter__(self) -> _InterruptedWrite:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.handle.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.handle, name)


def test_ctrl_c_while_a_page_is_written_leaves_it_as_it_was(
    small_repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = small_repo / "docs" / "page.md"
    real_open, real_run = io.open, run.run_example
    armed = False

    def run_then_arm(*args: Any, **kwargs: Any) -> Any:
        nonlocal armed
        result = real_run(*args, **kwargs)
        armed = True  # from now on, the first write is interrupted
        return result

    def interrupting_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        handle = real_open(file, mode, *args, **kwargs)
        return _InterruptedWrite(handle) if armed and "w" in mode else handle

    monkeypatch.setattr(run, "run_example", run_then_arm)
    monkeypatch.setattr(io, "open", interrupting_open)
    monkeypatch.setattr(builtins, "open", interrupting_open)
    with pytest.raises(KeyboardInterrupt):
        update_small_repo(small_repo)
    monkeypatch.undo()
    assert page.read_text(encoding="utf-8") == STALE_PAGE
    assert os.listdir(small_repo / "docs") == ["page.md"]
