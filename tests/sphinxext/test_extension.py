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

from tests.sphinx_command import SPHINX_BUILD

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from importdemo.runner.wasm.runtimes import WasmRuntime

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
    page_name: str = "index.md",
) -> subprocess.CompletedProcess[str]:
    """Build the site of the course in *root*, verifying on *pythons*, *page* as *page_name*."""
    listed = ", ".join(f"{python!r}" for python in pythons)
    (root / "pyproject.toml").write_text(f"[tool.importdemo]\npythons = [{listed}]\n")
    docs = root / "docs"
    docs.mkdir(exist_ok=True)
    (docs / "conf.py").write_text(conf)
    (docs / page_name).write_text(page)
    return subprocess.run(
        [
            *SPHINX_BUILD,
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


@pytest.mark.parametrize(("builder", "written"), [("text", "index.txt"), ("latex", "*.tex")])
def test_other_builders_name_the_release_that_verified_the_output(
    site: Path, builder: str, written: str
) -> None:
    """Filled in once the page is resolved, as the HTML builder's footer is."""
    result = build(site, builder=builder)
    assert result.returncode == 0, result.stderr
    [out] = (site / "_build").glob(written)
    assert f"Output verified on CPython {platform.python_version()}." in out.read_text()


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
    assert "index.md:4 (expected)\n" in result.stderr  # the line of the output block
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
        assert sorted(archive.namelist()) == ["demo/README.md", "demo/helper.py", "demo/main.py"]
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


TRACED_PAGE = "# Page\n\n```{example} demo\n:trace:\n\u2502 lookup helper: miss\nhello \n```\n"


@pytest.mark.parametrize(
    ("steps", "html_kind", "latex_token"),
    [(None, "other", "n+nb"), (["lookup", "bind"], "highlighted", "k")],
)
def test_a_course_chooses_which_trace_steps_stand_out(
    site: Path, steps: list[str] | None, html_kind: str, latex_token: str
) -> None:
    conf = LIVE_CONF + "importdemo_check_outputs = False\n"
    if steps is not None:
        conf += f"importdemo_highlight_steps = {steps!r}\n"
    assert build(site, TRACED_PAGE, conf=conf).returncode == 0
    html = (site / "_build" / "index.html").read_text()
    step = '<span class="importdemo-step-name">lookup</span>'
    assert f'<div class="importdemo-step importdemo-step-{html_kind}" ' in html.split(step)[0]
    settings = (site / "_build" / "_static" / "importdemo-live" / "settings.json").read_text()
    assert json.loads(settings)["highlight"] == (steps or [])  # the live runs' timelines
    assert build(site, TRACED_PAGE, conf=conf, builder="latex").returncode == 0
    [tex] = (site / "_build").glob("*.tex")
    assert rf"\PYG{{{latex_token}}}{{lookup}}" in tex.read_text()


def test_a_step_that_no_trace_has_is_a_warning_naming_conf_py(site: Path) -> None:
    conf = CONF + 'importdemo_highlight_steps = ["lookup", "load"]\n'
    result = build(site, conf=conf)
    assert result.returncode != 0
    assert (
        "conf.py:3: WARNING: importdemo_highlight_steps names 'load', which no trace line has; "
        "the steps are lookup, find, create, cache, exec, bind, fail, remove [importdemo.config]"
    ) in result.stderr


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


#: Outputs that differ by version, and a trace: what other builders must lay out.
VARIANTS_PAGE = """\
# Page

````{example} demo
:changed: Newer Pythons print it otherwise.
```{output} >=3.12
hello 
```
```{output} <3.12
hi
```
````

```{example} demo
:trace:
\u2502 lookup helper: miss
hello 
```
"""


@pytest.mark.parametrize("builder", ["text", "latex", "dirhtml", "singlehtml"])
def test_other_builders_build_with_the_live_node(site: Path, builder: str) -> None:
    conf = LIVE_CONF + "importdemo_check_outputs = False\n"
    result = build(site, VARIANTS_PAGE, conf=conf, builder=builder)
    assert result.returncode == 0, result.stderr
    if builder in {"dirhtml", "singlehtml"}:
        page = (site / "_build" / "index.html").read_text()
        assert "importdemo-live-data" in page
        assert '<div class="importdemo-timeline">' in page
        return
    [out_file] = (site / "_build").glob("index.txt" if builder == "text" else "*.tex")
    out = out_file.read_text()
    assert "Run in your browser" not in out
    assert "importdemo-live" not in out
    if builder == "text":
        # Each file and each version's output, one after another, titled.
        assert re.search(r"main\.py\s+import helper\s+helper\.py\s+print", out), out
        assert re.search(r"Python 3\.12\+\s+hello\s+Python 3\.9\u20133\.11\s+hi", out), out
        assert "\u2502 lookup helper: miss" in out  # the trace, as the terminal prints it
    else:
        assert r"\sphinxSetupCaptionForVerbatim{main.py}" in out
        assert r"\sphinxSetupCaptionForVerbatim{helper.py}" in out
        assert r"\sphinxSetupCaptionForVerbatim{Python 3.12+}" in out
        assert r"\sphinxSetupCaptionForVerbatim{Python 3.9\textendash{}3.11}" in out
        assert r"\PYG{n+nb}{lookup}" in out  # the trace's steps; none highlighted by default


@pytest.mark.parametrize(
    ("builder", "written"), [("html", "chapter/page.html"), ("dirhtml", "chapter/page/index.html")]
)
def test_the_zip_link_reaches_the_zip_from_a_page_in_a_folder(
    site: Path, builder: str, written: str
) -> None:
    chapter = site / "docs" / "chapter"
    chapter.mkdir(parents=True)
    (chapter / "page.md").write_text(PAGE)
    index = "# Course\n\n```{toctree}\nchapter/page\n```\n"
    result = build(site, index, builder=builder)
    assert result.returncode == 0, result.stderr
    page = site / "_build" / written
    [href] = re.findall(r'href="([^"]*demo\.zip)"', page.read_text())
    assert (page.parent / href).resolve() == (site / "_build" / "_examples" / "demo.zip")
    assert (page.parent / href).is_file()


def test_the_zip_link_points_to_the_published_site_in_other_formats(site: Path) -> None:
    conf = CONF + 'html_baseurl = "https://example.org/course/"\n'
    assert build(site, conf=conf, builder="latex").returncode == 0
    [tex] = (site / "_build").glob("*.tex")
    assert r"\sphinxhref{https://example.org/course/\_examples/demo.zip}" in tex.read_text()
    assert build(site, builder="text").returncode == 0
    assert "Download the example" not in (site / "_build" / "index.txt").read_text()


def test_picking_a_file_tab_picks_it_wherever_the_page_shows_the_example(site: Path) -> None:
    assert build(site).returncode == 0
    html = (site / "_build" / "index.html").read_text()
    assert 'data-sync-group="importdemo-demo" data-sync-id="helper.py"' in html


def test_an_example_in_a_restructuredtext_page_is_refused_as_myst_only(site: Path) -> None:
    page = "Page\n====\n\n.. example:: demo\n\n   hello\n"
    (site / "docs").mkdir()
    (site / "docs" / "index.md").write_text("# Page\n\n```{toctree}\nother\n```\n")
    result = build(site, page, page_name="other.rst")
    assert result.returncode != 0
    assert (
        "other.rst:4: WARNING: the {example} directive is for MyST pages (.md) only"
        in result.stderr
    ), result.stderr
    assert "not at the left margin" not in result.stderr


def test_the_root_page_links_the_pdf_once_it_is_built(site: Path) -> None:
    conf = CONF + 'importdemo_pdf = "_pdf_build/course.pdf"\n'
    assert build(site, conf=conf).returncode == 0
    assert "Printable course" not in (site / "_build" / "index.html").read_text()
    assert not (site / "_build" / "_pdf").exists()
    pdf = site / "docs" / "_pdf_build" / "course.pdf"
    pdf.parent.mkdir()
    pdf.write_bytes(b"%PDF-1.5 a printable course")
    result = build(site, conf=conf)  # the page did not change: the PDF alone rewrites it
    assert result.returncode == 0, result.stderr
    html = (site / "_build" / "index.html").read_text()
    assert '<a class="importdemo-pdf reference external" href="_pdf/course.pdf">' in html
    assert (site / "_build" / "_pdf" / "course.pdf").read_bytes() == pdf.read_bytes()


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
    touched = copied.stat().st_mtime_ns - 10**9
    os.utime(copied, ns=(touched, touched))
    serve_runtimes(static, install=install)
    assert copied.stat().st_mtime_ns == touched  # a new time, the same bytes: left alone
    copied.write_bytes(b"y" * 10)
    serve_runtimes(static, install=install)
    assert copied.read_bytes() == b"x" * 10  # other bytes: copied again


def test_a_build_copies_a_runtime_again_only_when_the_copy_is_not_the_one_it_made(
    tmp_path: Path,
) -> None:
    from importdemo.sphinxext.runtime_files import serve_runtimes
    from importdemo.sphinxext.written_files import WrittenFiles

    installed = tmp_path / "pyodide"
    installed.mkdir()
    for name in ("pyodide.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"):
        (installed / name).write_bytes(b"x" * 10)
    site = tmp_path / "site"
    record = tmp_path / "doctrees" / "importdemo-written.json"

    def build() -> Path:
        written = WrittenFiles(site, record)
        served = serve_runtimes(
            site / "_static", install=lambda runtime: installed, written=written
        )
        written.save()
        return site / "_static" / served[0].url / "pyodide.asm.wasm"

    copied = build()
    stamp = copied.stat().st_mtime_ns
    os.utime(installed / "pyodide.asm.wasm", ns=(stamp + 10**9, stamp + 10**9))
    assert build().stat().st_mtime_ns == stamp  # the installation's time is not its content
    copied.write_bytes(b"damaged")
    assert build().read_bytes() == b"x" * 10


def test_the_browser_detects_the_runners_not_runnable_patterns() -> None:
    from importdemo.runner.wasm.command import not_runnable_reason
    from importdemo.sphinxext.live import _not_runnable_patterns

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
