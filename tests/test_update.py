"""`importdemo update`: stale outputs found, rewritten in place, nothing else touched."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from importdemo.discovery import find_interpreters

ROOT = Path(__file__).parent.parent


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "docs", tmp_path / "docs", ignore=shutil.ignore_patterns("_build"))
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    return tmp_path


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
    page = repo / "docs" / "tutorial" / "what-import-does.md"
    original = page.read_bytes()
    page.write_bytes(original.replace(b"Re-importing module1\n", b"Re-importing module7\n", 1))

    check = importdemo(repo, "update", "--check")
    assert check.returncode == 1
    assert "docs/tutorial/what-import-does.md:" in check.stdout
    assert "-Re-importing module7\n+Re-importing module1\n" in check.stdout
    assert page.read_bytes() != original

    update = importdemo(repo, "update", "docs")
    assert update.returncode == 0, update.stdout + update.stderr
    assert "updated module-caching" in update.stdout
    assert page.read_bytes() == original

    again = importdemo(repo, "update", "docs")
    assert "0 output(s) updated" in again.stdout
    assert page.read_bytes() == original


def test_a_changed_example_makes_only_the_pages_that_use_it_stale(repo: Path) -> None:
    module = repo / "examples" / "module-caching" / "module1.py"
    module.write_text('print("Running module1, changed")\n')
    check = importdemo(repo, "update", "--check")
    assert check.returncode == 1
    stale = [line for line in check.stdout.splitlines() if line.startswith("--- ")]
    assert stale  # its plain output and its trace, wherever pages show it
    assert all(" module-caching (page)" in line for line in stale)


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
