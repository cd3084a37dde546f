"""An example's files as a page shows them: text, Python source in its own encoding, or binary."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from tests.sphinxext.test_extension import build

if TYPE_CHECKING:
    from pathlib import Path

pytest.importorskip("sphinx")

PAGE = """\
# Page

```{example} demo
hello
```
"""


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    folder = tmp_path / "examples" / "demo"
    folder.mkdir(parents=True)
    (folder / "main.py").write_text('import helper\nprint("hello")\n')
    return folder


def test_a_binary_data_file_is_shown_as_binary_with_its_size(demo: Path, tmp_path: Path) -> None:
    (demo / "helper.py").write_text("")
    (demo / "data.bin").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff")
    result = build(tmp_path, PAGE)
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "_build" / "index.html").read_text()
    assert ">\ndata.bin</label>" in html
    assert "binary, 17 bytes" in html


def test_a_python_file_in_its_declared_encoding_is_shown_decoded(
    demo: Path, tmp_path: Path
) -> None:
    (demo / "helper.py").write_bytes(b"# -*- coding: latin-1 -*-\nNAME = '\xe9t\xe9'\n")
    result = build(tmp_path, PAGE)
    assert result.returncode == 0, result.stderr
    assert "<span class=\"s1\">'été'</span>" in (tmp_path / "_build" / "index.html").read_text()


def test_a_python_file_that_is_not_utf8_is_a_warning_naming_file_and_line(
    demo: Path, tmp_path: Path
) -> None:
    (demo / "helper.py").write_bytes(b"# one\n# two\nNAME = '\xe9t\xe9'\n")
    result = build(tmp_path, PAGE)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "Exception occurred" not in result.stderr
    assert "index.md:3: WARNING: " in result.stderr
    assert "examples/demo/helper.py:3: not UTF-8 (byte 0xe9); save it as UTF-8" in result.stderr
