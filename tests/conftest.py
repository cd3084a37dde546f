"""Helpers for the tests: tiny examples written into a temporary folder."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Callable

import pytest

pytest_plugins = ["pytester"]

MakeExample = Callable[..., Path]


@pytest.fixture
def make_example(tmp_path: Path) -> MakeExample:
    """Write an example folder: ``make_example(main="...", **{"other.py": "..."})``."""

    def make(name: str = "demo", **files: str) -> Path:
        folder = tmp_path / "examples" / name
        folder.mkdir(parents=True)
        for filename, text in files.items():
            path = folder / ("main.py" if filename == "main" else filename)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(textwrap.dedent(text), encoding="utf-8")
        return folder

    return make
