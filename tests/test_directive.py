"""Reading an {example} directive: what a page author gets wrong, said clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

from importdemo.directive import read_example_directive, read_found_directive
from importdemo.errors import ExampleError
from importdemo.page_scanner import scan_page

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


@pytest.mark.parametrize(
    ("options", "body", "message", "line"),
    [
        ({}, "", "docs/page.md:12: {example} demo has no expected output", 12),
        ({"colour": "red"}, "x\n", "unknown option :colour:", 10),
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
        ({}, "```{output} >=3.12\na\n```\n```{output} <3.12\nb\n```\n", "add :changed:", 10),
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
