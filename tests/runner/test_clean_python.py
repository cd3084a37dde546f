"""The clean environment examples run in: made once, and a clear error when it cannot be."""

from __future__ import annotations

import subprocess
from typing import TYPE_CHECKING, Any

from importdemo.cli import main

if TYPE_CHECKING:
    from pathlib import Path

    import pytest

    from tests.conftest import MakeExample


def test_a_venv_that_takes_too_long_to_make_is_a_clear_error(
    make_example: MakeExample,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("IMPORTDEMO_CACHE", str(tmp_path / "cache"))
    real_run = subprocess.run

    def venv_never_finishes(command: Any, *args: Any, **kwargs: Any) -> Any:
        if "venv" in command:
            raise subprocess.TimeoutExpired(command, kwargs.get("timeout") or 0)
        return real_run(command, *args, **kwargs)

    monkeypatch.setattr(subprocess, "run", venv_never_finishes)
    status = main(["run", str(make_example(main="pass\n"))])
    error = capsys.readouterr().err
    assert status == 2
    assert error.startswith("importdemo: error: making a clean environment with ")
    assert "took more than 120 seconds" in error
    assert error.count("\n") == 1
    assert list((tmp_path / "cache" / "pythons").iterdir()) == []  # nothing half-made is kept
