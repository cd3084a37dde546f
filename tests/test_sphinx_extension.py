"""The Sphinx extension, as a site builder sees it: `sphinx-build -W` on a small site."""

from __future__ import annotations

import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from pathlib import Path

pytest.importorskip("sphinx")

CONF = """\
extensions = ["myst_parser", "importdemo.sphinxext"]
importdemo_examples = "../examples"
"""
PAGE = """\
# Page

```{example} demo
hello 
```
"""


def build(root: Path, page: str = PAGE) -> subprocess.CompletedProcess[str]:
    docs = root / "docs"
    docs.mkdir(exist_ok=True)
    (docs / "conf.py").write_text(CONF)
    (docs / "index.md").write_text(page)
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "sphinx",
            "-W",
            "--keep-going",
            "-q",
            "-b",
            "html",
            str(docs),
            str(root / "_build"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def site(tmp_path: Path) -> Path:
    demo = tmp_path / "examples" / "demo"
    demo.mkdir(parents=True)
    (demo / "main.py").write_text("import helper\n")
    (demo / "helper.py").write_text('print("hello ")\n')
    return tmp_path


def test_the_page_shows_each_file_main_first_the_command_and_the_output(site: Path) -> None:
    result = build(site)
    assert result.returncode == 0, result.stderr
    html = (site / "_build" / "index.html").read_text()
    assert html.index(">\nmain.py</label>") < html.index(">\nhelper.py</label>")
    assert "importdemo-command highlight-console" in html
    assert '<span class="gp">$ </span>python<span class="w"> </span>main.py' in html
    assert 'class="importdemo-output highlight-text notranslate"' in html
    assert "hello \n</pre>" in html


def test_an_unknown_example_is_a_build_error_with_page_and_line(site: Path) -> None:
    result = build(site, PAGE + "\n```{example} nope\nx\n```\n")
    assert result.returncode != 0
    assert "index.md:7: WARNING: no example named 'nope'" in result.stderr


def test_a_malformed_directive_is_a_build_error_with_page_and_line(site: Path) -> None:
    result = build(site, PAGE.replace("demo\n", "demo\n:exit-status: lots\n"))
    assert result.returncode != 0
    assert "index.md:3: WARNING: :exit-status: of {example} demo must be a number" in result.stderr


def test_an_example_folder_no_page_uses_is_a_build_error(site: Path) -> None:
    (site / "examples" / "orphan").mkdir()
    (site / "examples" / "orphan" / "main.py").write_text("")
    result = build(site)
    assert result.returncode != 0
    assert "example folder" in result.stderr
    assert "orphan is used by no page" in result.stderr


def test_a_stale_output_fails_the_build_with_page_line_and_diff(site: Path) -> None:
    result = build(site, PAGE.replace("hello \n", "goodbye\n"))
    assert result.returncode != 0
    assert "index.md:3: WARNING: " in result.stderr
    assert "-goodbye\n+hello \u23ce" in result.stderr
    assert "python -m importdemo update" in result.stderr
    assert build(site).returncode == 0


def test_the_build_leaves_the_example_folder_as_it_was(site: Path) -> None:
    assert build(site).returncode == 0
    assert sorted(p.name for p in (site / "examples" / "demo").iterdir()) == [
        "helper.py",
        "main.py",
    ]


def test_an_example_inside_a_list_is_refused_because_the_tests_cannot_see_it(
    site: Path,
) -> None:
    result = build(site, "# Page\n\n1. A step:\n\n   ```{example} demo\n   hello \n   ```\n")
    assert result.returncode != 0
    assert "index.md:5: WARNING: this {example} is not at the left margin" in result.stderr
