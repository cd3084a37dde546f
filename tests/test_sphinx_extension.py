"""The Sphinx extension, as a site builder sees it: `sphinx-build -W` on a small site."""

from __future__ import annotations

import platform
import subprocess
import sys
import zipfile
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from pathlib import Path

pytest.importorskip("sphinx")

CONF = f"""\
extensions = ["myst_parser", "importdemo.sphinxext"]
importdemo_examples = "../examples"
importdemo_pythons = [{sys.executable!r}]
"""
PAGE = """\
# Page

```{example} demo
hello 
```
"""


def build(root: Path, page: str = PAGE, conf: str = CONF) -> subprocess.CompletedProcess[str]:
    docs = root / "docs"
    docs.mkdir(exist_ok=True)
    (docs / "conf.py").write_text(conf)
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


def test_the_footer_names_the_exact_release_that_verified_the_output(site: Path) -> None:
    assert build(site).returncode == 0
    html = (site / "_build" / "index.html").read_text()
    assert f"Output verified on CPython {platform.python_version()}." in html


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


def test_each_example_has_a_zip_that_runs_as_the_page_says(site: Path, tmp_path: Path) -> None:
    assert build(site).returncode == 0
    html = (site / "_build" / "index.html").read_text()
    assert 'href="_examples/demo.zip"' in html
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(site / "_build" / "_examples" / "demo.zip") as archive:
        assert sorted(archive.namelist()) == ["demo/helper.py", "demo/main.py"]
        archive.extractall(unpacked)
    ran = subprocess.run(
        [sys.executable, "main.py"], cwd=unpacked / "demo", capture_output=True, text=True
    )
    assert ran.stdout == "hello \n"


def test_a_package_example_shows_its_folder_tree(site: Path) -> None:
    package = site / "examples" / "demo" / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    assert build(site).returncode == 0
    html = (site / "_build" / "index.html").read_text()
    assert "demo/\n    helper.py\n    main.py\n    pkg/\n        __init__.py\n" in html


def test_emphasised_lines_are_highlighted_and_a_missing_file_is_an_error(site: Path) -> None:
    page = PAGE.replace("demo\n", "demo\n:emphasize: main.py:1\n", 1)
    assert build(site, page).returncode == 0
    assert '<span class="hll">' in (site / "_build" / "index.html").read_text()
    result = build(site, PAGE.replace("demo\n", "demo\n:emphasize: nope.py:1\n", 1))
    assert "index.md:3: WARNING: demo has no file nope.py to emphasize" in result.stderr


def test_a_configured_repository_gets_a_link_to_the_folder(site: Path) -> None:
    conf = CONF + 'importdemo_repository_url = "https://example.org/repo/tree/main/examples"\n'
    assert build(site, conf=conf).returncode == 0
    html = (site / "_build" / "index.html").read_text()
    assert 'href="https://example.org/repo/tree/main/examples/demo"' in html


def test_a_traced_example_renders_a_timeline_and_is_verified(site: Path) -> None:
    page = "# Page\n\n```{example} demo\n:trace:\n\u2502 lookup helper: miss\nhello \n```\n"
    result = build(site, page)
    assert result.returncode != 0  # the recorded trace is incomplete: the build says so
    assert "index.md:3: WARNING: " in result.stderr
    assert "+\u2502 find   helper: PathFinder" in result.stderr
    traced = subprocess.run(
        [sys.executable, "-m", "importdemo", "trace", str(site / "examples" / "demo")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert build(site, f"# Page\n\n```{{example}} demo\n:trace:\n{traced}```\n").returncode == 0
    html = (site / "_build" / "index.html").read_text()
    assert '<div class="importdemo-timeline">' in html
    assert '<span class="importdemo-step-name">lookup</span> helper: miss' in html
    assert "<summary>The files</summary>" in html
    assert 'importdemo<span class="w"> </span>trace<span class="w"> </span>demo' in html
