"""The Sphinx extension, as a site builder sees it: `sphinx-build -W` on a small site."""

from __future__ import annotations

import json
import os
import platform
import re
import subprocess
import sys
import zipfile
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from importdemo.wasm.runtimes import WasmRuntime

pytest.importorskip("sphinx")

CONF = """\
extensions = ["myst_parser", "importdemo.sphinxext"]
importdemo_live = False
"""
#: Live runs on, loading the runtimes from a CDN: nothing is installed or copied.
LIVE_CONF = CONF.replace(
    "importdemo_live = False",
    'importdemo_live_runtime_url = "https://cdn.example.org/pyodide@{pyodide}/"',
)
PAGE = """\
# Page

```{example} demo
hello 
```
"""


def build(
    root: Path,
    page: str = PAGE,
    conf: str = CONF,
    builder: str = "html",
    pythons: Sequence[str] = (sys.executable,),
) -> subprocess.CompletedProcess[str]:
    """Build the site of the course in *root*, verifying on *pythons*."""
    listed = ", ".join(f"{python!r}" for python in pythons)
    (root / "pyproject.toml").write_text(f"[tool.importdemo]\npythons = [{listed}]\n")
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
            builder,
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


def live_data(page_html: str) -> list[dict[str, object]]:
    """The JSON of each live example in a built page."""
    found = re.findall(
        r'<script type="application/json" class="importdemo-live-data">(.*?)</script>', page_html
    )
    return [json.loads(text) for text in found]


def test_each_example_carries_what_a_live_run_needs_as_json(site: Path) -> None:
    (site / "examples" / "demo" / "helper.py").write_text(
        'print("hello ")  # </script><script>alert(1)</script> & <!--\n'
    )
    assert build(site, conf=LIVE_CONF).returncode == 0
    page = (site / "_build" / "index.html").read_text()
    assert "</script><script>alert(1)" not in page  # escaped inside the JSON
    [data] = live_data(page)
    assert data["name"] == "demo"
    assert data["files"] == [
        {"path": "main.py", "text": "import helper\n"},
        {
            "path": "helper.py",
            "text": 'print("hello ")  # </script><script>alert(1)</script> & <!--\n',
        },
    ]
    assert data["args"] == ["main.py"]
    traced = data["traceArgs"]
    assert isinstance(traced, list)
    assert traced[0] == "-c"
    assert repr(data["tracer"]) in traced[1]
    assert traced[2:] == ["main.py"]
    assert data["runtimes"] == [
        {"minor": minor, "expected": "hello \n", "verified": "", "release": release}
        for minor, release in (("3.13", "3.13.2"), ("3.14", "3.14.2"), ("3.15", "3.15.0rc1"))
    ]
    assert data["exitStatus"] == 0
    assert data["notRunnable"] == ""
    settings = json.loads(
        (site / "_build" / "_static" / "importdemo-live" / "settings.json").read_text()
    )
    assert settings["runtimes"][1]["url"] == "https://cdn.example.org/pyodide@314.0.7/"
    assert settings["timeout"] == 10
    for shipped in ("importdemo-live.js", "importdemo-live-worker.js"):
        assert (site / "_build" / "_static" / shipped).is_file()
    for shipped in ("run_setup.py", "importlib_bootstrap_trace.py"):
        assert (site / "_build" / "_static" / "importdemo-live" / shipped).is_file()
    assert '<script type="module" src="_static/importdemo-live.js' in page


def test_an_example_for_newer_pythons_offers_only_the_runtimes_it_is_for(site: Path) -> None:
    page = '# Page\n\n```{example} demo\n:python: ">=3.14"\nhello \n```\n'
    conf = LIVE_CONF + "importdemo_check_outputs = False\n"
    assert build(site, page, conf=conf, pythons=()).returncode == 0
    [data] = live_data((site / "_build" / "index.html").read_text())
    runtimes = data["runtimes"]
    assert isinstance(runtimes, list)
    assert [runtime["minor"] for runtime in runtimes] == ["3.14", "3.15"]


def test_live_runs_can_be_turned_off(site: Path) -> None:
    assert build(site).returncode == 0
    page = (site / "_build" / "index.html").read_text()
    assert "importdemo-live" not in page
    assert not (site / "_build" / "_static" / "importdemo-live").exists()


@pytest.mark.parametrize("builder", ["text", "latex", "dirhtml", "singlehtml"])
def test_other_builders_build_with_the_live_node(site: Path, builder: str) -> None:
    result = build(site, conf=LIVE_CONF, builder=builder)
    assert result.returncode == 0, result.stderr
    if builder == "text":
        text = (site / "_build" / "index.txt").read_text()
        assert "Run in your browser" not in text
        assert "hello" in text


def test_the_runtimes_are_copied_once_and_a_missing_one_is_not_offered(tmp_path: Path) -> None:
    from importdemo.errors import ExampleError
    from importdemo.sphinxext.runtime_files import serve_runtimes

    installed = tmp_path / "pyodide"
    installed.mkdir()
    for name in ("pyodide.mjs", "pyodide.asm.mjs", "pyodide.asm.wasm", "python_stdlib.zip"):
        (installed / name).write_bytes(b"x" * 10)
    (installed / "pyodide-lock.json").write_text("{}")
    (installed / "README.md").write_text("not needed to load it")

    def install(runtime: WasmRuntime) -> Path:
        if runtime.minor == "3.15":
            raise ExampleError("no network")
        return installed

    static = tmp_path / "_static"
    served = serve_runtimes(static, install=install)
    assert [(item.runtime.minor, item.reason) for item in served] == [
        ("3.13", ""),
        ("3.14", ""),
        ("3.15", "no network"),
    ]
    folder = static / served[1].url
    assert sorted(path.name for path in folder.iterdir()) == [
        "pyodide-lock.json",
        "pyodide.asm.mjs",
        "pyodide.asm.wasm",
        "pyodide.mjs",
        "python_stdlib.zip",
    ]
    assert served[1].sizes == {
        "pyodide-lock.json": 2,
        "pyodide.asm.wasm": 10,
        "python_stdlib.zip": 10,
    }
    copied = folder / "pyodide.asm.wasm"
    before = copied.stat().st_mtime_ns
    os.utime(copied, ns=(before - 10**9, before - 10**9))
    stamp = copied.stat().st_mtime_ns
    serve_runtimes(static, install=install)
    assert copied.stat().st_mtime_ns == before  # changed: copied again
    serve_runtimes(static, install=install)
    assert copied.stat().st_mtime_ns == before != stamp  # unchanged: left alone


def test_the_browser_detects_the_runners_not_runnable_patterns() -> None:
    from importdemo.sphinxext.live import _not_runnable_patterns
    from importdemo.wasm.command import not_runnable_reason

    samples = [
        "Traceback (most recent call last):\nRuntimeError: can't start new thread\n",
        "Traceback (most recent call last):\nOSError: [Errno 138] Not supported\n",
    ]
    for output in samples:
        shown = [
            message
            for pattern, message in _not_runnable_patterns()
            if re.search(pattern, output, re.M)
        ]
        assert shown == [not_runnable_reason(output, 1)]


def test_the_live_data_is_escaped_for_a_script_element() -> None:
    from importdemo.sphinxext.live import _script_json

    text = _script_json({"a": "</script><!-- & >"})
    for character in "<>&":
        assert character not in text
    assert json.loads(text) == {"a": "</script><!-- & >"}
