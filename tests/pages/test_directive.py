"""Reading an {example} directive: what a page author gets wrong, said clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

from importdemo.errors import ExampleError
from importdemo.pages.directive import read_example_directive, read_found_directive
from importdemo.pages.scanner import scan_page

PAGE = Path("docs/page.md")


def read(options: dict[str, str], body: str, name: str = "demo"):  # type: ignore[no-untyped-def]
    return read_example_directive(name, options, body, page=PAGE, line=10, body_line=12)


def test_one_output_holds_for_every_version() -> None:
    directive = read({"exit-status": "1", "args": "'a b' c"}, "out\n")
    assert directive.exit_status == 1
    assert directive.args == ("a b", "c")
    assert directive.output_for((3, 9)) == directive.output_for((3, 13))


def test_variants_are_chosen_by_version_newest_first() -> None:
    body = "```{output} >=3.12\nnew\n```\n\n```{output} <3.12\nold\n```\n"
    directive = read({"changed": "x"}, body)
    assert [output.text for output in directive.outputs] == ["new\n", "old\n"]
    assert directive.output_for((3, 11, 7)).text == "old\n"  # type: ignore[union-attr]
    assert directive.output_for((3, 12)).text == "new\n"  # type: ignore[union-attr]
    assert [output.line for output in directive.outputs] == [13, 17]


def test_a_webassembly_output_wins_for_webassembly_and_never_for_native() -> None:
    body = "```{output} >=3.12\nnew\n```\n```{output} <3.12\nold\n```\n```{output} wasm\nw\n```\n"
    directive = read({"changed": "x"}, body)
    assert directive.output_for((3, 13, 0)).text == "new\n"  # type: ignore[union-attr]
    assert directive.output_for((3, 13, 2), webassembly=True).text == "w\n"  # type: ignore[union-attr]
    assert [output.versions.label() for output in directive.outputs] == [
        "Python 3.12+",
        "Python 3.9\u20133.11",
        "Python 3.13+ (WebAssembly)",
    ]


def test_a_webassembly_runtime_without_its_own_output_takes_its_versions_output() -> None:
    body = "```{output} >=3.12\nnew\n```\n```{output} <3.12\nold\n```\n"
    body += "```{output} wasm >=3.15\nw\n```\n"
    directive = read({"changed": "x"}, body)
    assert directive.output_for((3, 14, 2), webassembly=True).text == "new\n"  # type: ignore[union-attr]
    assert directive.output_for((3, 15, 0), webassembly=True).text == "w\n"  # type: ignore[union-attr]
    assert directive.outputs[-1].versions.spelling() == "wasm >=3.15"


def test_quoted_option_values_mean_what_myst_reads_from_them() -> None:
    # MyST reads options as YAML: >=3.15 and text with " #" must be quoted there.
    directive = read({"python": '">=3.15"', "changed": "'see #1'"}, "out\n")
    assert directive.python == read({"python": ">=3.15"}, "out\n").python
    assert directive.changed == "see #1"


def test_the_python_option_says_which_runtimes_an_example_is_for() -> None:
    directive = read({"python": ">=3.15"}, "out\n")
    assert not directive.runs_on((3, 13, 0))
    assert directive.runs_on((3, 15, 0), webassembly=True)
    assert not read({"python": "wasm"}, "out\n").runs_on((3, 15, 0))
    assert read({}, "out\n").runs_on((3, 9, 18))


@pytest.mark.parametrize(
    ("options", "body", "message", "line"),
    [
        ({}, "", "docs/page.md:12: {example} demo has no expected output", 12),
        ({"colour": "red"}, "x\n", "unknown option :colour:", 10),
        ({"python": "3.x"}, "x\n", ":python: of {example} demo: '3.x' is not a Python", 10),
        (
            {"changed": "x"},
            "```{output} wasm\na\n```\n```{output} wasm >=3.14\nb\n```\n",
            "overlaps",
            15,
        ),
        ({"exit-status": "one"}, "x\n", "must be a number 0-255", 10),
        ({"module": ""}, "x\n", ":module: of {example} demo needs a module name", 10),
        ({"args": "'open"}, "x\n", "cannot be split as a shell would", 10),
        (
            {"changed": "x"},
            "```{output} >=3.11\na\n```\n```{output} >=3.12\nb\n```\n",
            "overlaps the one at line 12",
            15,
        ),
        ({"changed": "x"}, "```{output} 3.x\na\n```\n", "is not a Python version range", 12),
        ({"changed": "x"}, "```{output} >=3.12\n\n```\n", "is empty", 12),
        ({"changed": "x"}, "```{output} >=3.12\na\n", "is not closed", 12),
        ({"changed": "x"}, "stray\n```{output} >=3.12\na\n```\n", "mixes output text", 12),
        (
            {"changed": "x"},
            "```{output} >=3.12\nsame\n```\n```{output} <3.12\nsame\n```\n",
            "for Python 3.9\u20133.11 and Python 3.12+ are identical; merge them",
            12,
        ),
        ({"changed": "x"}, "```{output} >=3.12\na\n```\n", "has one {output} block", 12),
        ({"emphasize": "main.py"}, "x\n", "'main.py' is not FILE:LINES", 10),
        ({"trace": "yes"}, "x\n", ":trace: of {example} demo takes no value", 10),
    ],
)
def test_a_malformed_directive_names_the_page_and_line(
    options: dict[str, str], body: str, message: str, line: int
) -> None:
    with pytest.raises(ExampleError) as caught:
        read(options, body)
    assert message in str(caught.value)
    assert (caught.value.path, caught.value.line) == (PAGE, line)


SPLIT = "```{output} >=3.12\na\n```\n```{output} <3.12\nb\n```\n"
#: The sample course, which sets none of the rules a course may add.
SAMPLE_PAGE = Path(__file__).parents[1] / "samples" / "course" / "docs" / "index.md"


def test_outputs_that_differ_by_version_need_no_changed_line_by_default() -> None:
    directive = read_example_directive("demo", {}, SPLIT, page=SAMPLE_PAGE, line=10, body_line=12)
    assert directive.changed is None
    assert len(directive.outputs) == 2


def test_a_course_can_require_the_changed_line_and_say_what_it_holds(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.importdemo]\nrequire_changed = true\nchanged_hint = "a link to the release notes"\n'
    )
    page = tmp_path / "docs" / "page.md"
    with pytest.raises(ExampleError) as caught:
        read_example_directive("demo", {}, SPLIT, page=page, line=10, body_line=12)
    assert str(caught.value) == (
        f"{page}:10: {{example}} demo has outputs for several versions; "
        "add :changed: with a link to the release notes"
    )
    read_example_directive("demo", {"changed": "x"}, SPLIT, page=page, line=10, body_line=12)


def test_a_name_that_is_not_a_folder_name_is_refused() -> None:
    with pytest.raises(ExampleError, match="needs the name of an example folder"):
        read({}, "x\n", name="")


def test_an_unclosed_directive_is_refused() -> None:
    (found,) = scan_page("```{example} demo\nx\n")
    with pytest.raises(ExampleError, match="is not closed"):
        read_found_directive(found, PAGE)


def test_emphasised_lines_are_read_per_file() -> None:
    directive = read({"emphasize": "main.py:1,3-4 pkg/m.py:2"}, "x\n")
    assert directive.emphasize == {"main.py": (1, 3, 4), "pkg/m.py": (2,)}
