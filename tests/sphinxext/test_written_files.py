"""What a build remembers between builds: the files it wrote, and what each example printed."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

pytest.importorskip("sphinx")

from importdemo.pages.directive import read_found_directive
from importdemo.pages.scanner import scan_page
from importdemo.runner.pythons import python_for
from importdemo.runner.run import TIMEOUT_STATUS, RunResult
from importdemo.sphinxext.output_memo import OutputMemo, remembered_outputs
from importdemo.sphinxext.written_files import WrittenFiles, content_key

if TYPE_CHECKING:
    from pathlib import Path

LIMITS = (10.0, 1 << 20)


def test_a_file_is_current_while_its_key_and_the_file_are_those_written(tmp_path: Path) -> None:
    site = tmp_path / "site"
    target = site / "_examples" / "greet.zip"
    target.parent.mkdir(parents=True)
    target.write_bytes(b"zip one")
    written = WrittenFiles(site, tmp_path / "record.json")
    assert not written.current(target, "inputs")  # never written by a build
    written.wrote(target, "inputs")
    assert written.current(target, "inputs")
    assert not written.current(target, "other inputs")
    target.write_bytes(b"changed since")
    assert not written.current(target, "inputs")
    written.wrote(target, "inputs")
    target.unlink()
    assert not written.current(target, "inputs")


def test_the_record_is_kept_for_the_next_build_and_a_broken_one_is_none(tmp_path: Path) -> None:
    site, record = tmp_path / "site", tmp_path / "doctrees" / "importdemo-written.json"
    (site / "kept.ipynb").parent.mkdir(parents=True)
    for name in ("kept.ipynb", "removed.ipynb"):
        (site / name).write_text(name)
    written = WrittenFiles(site, record)
    written.wrote(site / "kept.ipynb", "inputs", questions=[["term", ["module"]]])
    written.wrote(site / "removed.ipynb", "inputs")
    (site / "removed.ipynb").unlink()
    written.save()

    later = WrittenFiles(site, record)
    assert later.current(site / "kept.ipynb", "inputs")
    assert later.questions(site / "kept.ipynb") == [["term", ["module"]]]
    assert "removed.ipynb" not in record.read_text()
    record.write_text("{not a record")
    assert not WrittenFiles(site, record).current(site / "kept.ipynb", "inputs")


def test_keys_tell_apart_parts_that_join_the_same() -> None:
    assert content_key("ab", "c") != content_key("a", "bc")
    assert content_key(b"ab", "c") == content_key("ab", b"c")


def test_outputs_are_recalled_while_the_example_is_the_same_never_after_a_timeout(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "examples" / "greet"
    folder.mkdir(parents=True)
    (folder / "main.py").write_text("print('hi')\n")
    page = tmp_path / "page.md"
    page.write_text("```{example} greet\nhi\n```\n")
    directive = read_found_directive(next(scan_page(page.read_text())), page)
    interpreters = [python_for(None)]
    status = 0
    runs = []

    def recall(interpreter: object) -> RunResult:
        runs.append(interpreter)
        return RunResult("hi\n", status, 0.1, interpreters[0])

    def build() -> object:
        """What one build shows: its memo read from the last build's, and saved for the next."""
        memo = OutputMemo(tmp_path / "memo.pickle")
        shown = remembered_outputs(memo, directive, folder, interpreters, LIMITS, recall)
        assert remembered_outputs(memo, directive, folder, interpreters, LIMITS, recall) == shown
        memo.save()
        return shown

    first = build()
    assert build() == first
    assert len(runs) == 1

    (folder / "main.py").write_text("print('hi')  # edited\n")
    build()
    assert len(runs) == 2
    status = TIMEOUT_STATUS
    (folder / "main.py").write_text("print('hi')  # edited again\n")
    build()
    build()
    assert len(runs) == 2 + 2 * 2  # a run stopped by its timeout is never remembered
