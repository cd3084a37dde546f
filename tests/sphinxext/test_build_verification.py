"""Verifying outputs during the docs build, in the build process and in forked ones."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

pytest.importorskip("sphinx")

from importdemo.pages.directive import read_example_directive
from importdemo.runner.interpreter import inspect_interpreter
from importdemo.sphinxext import verify

if TYPE_CHECKING:
    from pathlib import Path

    from tests.conftest import MakeExample


@pytest.mark.parametrize("forked", [False, True], ids=["build process", "forked reader"])
def test_an_example_that_cannot_run_is_reported_not_raised(
    make_example: MakeExample, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, forked: bool
) -> None:
    folder = make_example(**{"other.py": ""})  # no main.py: the run itself fails
    directive = read_example_directive(
        "demo", {}, "x\n", page=tmp_path / "page.md", line=1, body_line=2
    )
    runs = verify.RunsAhead()
    if forked:
        monkeypatch.setattr(runs, "_owner", -1)  # as in a process Sphinx forked
    monkeypatch.setattr(verify, "RUNS", runs)
    verification = verify.verify_example(
        directive,
        folder,
        interpreters=(inspect_interpreter(None),),
        cache=tmp_path / "cache",
        limits=verify.RunLimits(timeout=10, output_limit=1 << 20),
    )
    assert verification.verified == []
    assert len(verification.problems) == 1
    assert "the example folder has no main.py" in verification.problems[0]
