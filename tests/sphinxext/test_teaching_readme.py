"""An example's README, written from runs on many releases: what a teacher reads."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("sphinx")

from docutils import nodes

from importdemo.pages.directive import read_example_directive
from importdemo.runner.interpreter import Interpreter
from importdemo.runner.run import RunResult
from importdemo.sphinxext.kit import Course, KitChapter, TaughtExample
from importdemo.sphinxext.markdown import code_block, inline_markdown
from importdemo.sphinxext.readme import example_readme, output_heading
from importdemo.sphinxext.run_outputs import group_results, page_outputs

NATIVE = ["3.9.18", "3.10.13", "3.11.7", "3.12.1", "3.13.0"]
WASM = ["3.13.2", "3.14.2", "3.15.0rc1"]
SPLIT = """\
```{output} >=3.12
new
```
```{output} <3.12
old
```
"""


def interpreter(release: str, *, webassembly: bool = False) -> Interpreter:
    major, minor, micro = release.split(".")
    return Interpreter(
        executable=Path("/usr/bin/python3"),
        implementation="cpython",
        version=(int(major), int(minor), int(micro[0])),
        release=release,
        base_prefix=Path("/usr"),
        stdlib=Path("/usr/lib/python3"),
        webassembly=webassembly,
    )


RUNTIMES = [interpreter(r) for r in NATIVE] + [interpreter(r, webassembly=True) for r in WASM]


def readme_for(body: str, printed: dict[str, str]) -> str:
    """The README of one example whose page shows *body*, run on every runtime."""
    options = {"changed": "3.12 prints new."}
    directive = read_example_directive(
        "demo", options, body, page=Path("page.md"), line=1, body_line=2
    )
    results = [RunResult(printed[python.release], 0, 0.1, python) for python in RUNTIMES]
    taught = TaughtExample(
        name="demo",
        docname="page",
        page_title="Page",
        section_title="Page",
        url="page.html",
        summary="",
        command="$ python main.py",
        run_command="python main.py",
        traced=False,
        outputs=tuple(group_results(directive, results)),
        changed="3.12 prints new.",
    )
    chapter = KitChapter(1, "page", "Page", "", "page.html", (taught,))
    return example_readme("demo", Course("c", "Course", "", "", "", (chapter,)))


def test_outputs_that_differ_by_release_each_name_the_exact_releases_that_printed_them() -> None:
    printed = {release: "old\n" if release in NATIVE[:3] else "new\n" for release in NATIVE + WASM}
    readme = readme_for(SPLIT, printed)
    assert "Output verified on CPython 3.9.18, 3.10.13 and 3.11.7:\n\n```text\nold\n```\n" in (
        readme
    )
    assert (
        "Output verified on CPython 3.12.1 and 3.13.0, and on 3.13.2, 3.14.2 and 3.15.0rc1 "
        "compiled to WebAssembly:\n\n```text\nnew\n```\n"
    ) in readme
    assert readme.index("3.9.18") < readme.index("3.12.1")  # oldest first
    assert "\n3.12 prints new.\n\nOutput verified on CPython 3.9.18," in readme


def test_one_output_all_runtimes_agree_on_is_shown_once_with_every_release() -> None:
    readme = readme_for("same\n", dict.fromkeys(NATIVE + WASM, "same\n"))
    assert readme.count("```text\nsame\n```") == 1
    assert "3.12 prints new." not in readme  # one output: nothing changed
    assert (
        "Output verified on CPython 3.9.18, 3.10.13, 3.11.7, 3.12.1 and 3.13.0, and on "
        "3.13.2, 3.14.2 and 3.15.0rc1 compiled to WebAssembly:"
    ) in readme


def test_a_runtime_that_disagrees_with_the_page_is_shown_with_what_it_printed() -> None:
    printed = dict.fromkeys(NATIVE + WASM, "same\n")
    printed["3.15.0rc1"] = "other\n"
    readme = readme_for("same\n", printed)
    assert (
        "Printed by CPython 3.15.0rc1 compiled to WebAssembly, where the page shows another "
        "output (the build reported it):\n\n```text\nother\n```\n"
    ) in readme


def test_a_paragraph_becomes_one_line_of_markdown_that_renders_as_its_text() -> None:
    paragraph = nodes.paragraph(
        "",
        "",
        nodes.Text("Use "),
        nodes.literal("", "`x`"),
        nodes.Text(" with * and [brackets],\nsnake_case, "),
        nodes.emphasis("", "", nodes.Text("_private_")),
        nodes.Text(" and "),
        nodes.strong("", "", nodes.literal("", "__init__")),
        nodes.Text("."),
    )
    assert inline_markdown(paragraph) == (
        "Use `` `x` `` with \\* and \\[brackets\\], snake_case, *\\_private\\_* and **`__init__`**."
    )


def test_a_paragraph_that_starts_like_a_list_or_heading_stays_a_paragraph() -> None:
    for text, expected in (("1. First", "1\\. First"), ("- x", "\\- x"), ("# y", "\\# y")):
        assert inline_markdown(nodes.paragraph("", text)) == expected


def test_an_output_with_backtick_fences_is_fenced_by_a_longer_fence() -> None:
    output = "```text\nkept \n```\n"
    assert code_block(output, "text") == f"````text\n{output}````\n"


def test_a_build_that_verifies_nothing_says_its_outputs_are_the_pages_not_runs() -> None:
    directive = read_example_directive(
        "demo", {"changed": "3.12 prints new."}, SPLIT, page=Path("page.md"), line=1, body_line=2
    )
    headings = [output_heading(output) for output in page_outputs(directive)]
    assert headings == [
        "The page's output for Python 3.12+ (not run by this build):",
        "The page's output for Python 3.9\u20133.11 (not run by this build):",
    ]
