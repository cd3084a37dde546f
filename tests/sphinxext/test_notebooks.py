"""The chapters' Jupyter notebooks: each runs in a fresh kernel and prints what it holds.

The course's notebooks are built here from the pages and the runs of their
examples (the result cache, as the docs build reads it), by the code the
site build uses, then executed with nbclient in a fresh IPython kernel of
the Python running the tests. The sample course's (``tests/samples/teaching-course``)
are the site build's own.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

pytest.importorskip("sphinx")

import nbformat
from nbclient import NotebookClient

from importdemo.runner.example_folders import example_files
from importdemo.runner.pythons import python_for
from importdemo.sphinxext.notebook import notebook_json
from importdemo.sphinxext.notebook_check import (
    PLACES_CELL,
    RunPlaces,
    notebook_differences,
    read_places,
)
from importdemo.sphinxext.notebook_pages import example_pages, page_notebook
from tests.sphinxext.test_teaching_kit import RELEASE, build, make_course

if TYPE_CHECKING:
    from nbformat import NotebookNode

ROOT = Path(__file__).resolve().parents[2]
PAGES = ROOT / "docs"
RESULTS = PAGES / "_build" / ".importdemo-results"  # where the tests' runs leave theirs
BASE = "https://course.example.org/en/"


def execute(notebook: dict[str, Any], folder: Path) -> tuple[NotebookNode, RunPlaces]:
    """*notebook* run in a fresh kernel in *folder*, and where its examples ran."""
    folder.mkdir(parents=True, exist_ok=True)
    node = nbformat.reads(notebook_json(notebook), as_version=4)
    node.cells.append(nbformat.v4.new_code_cell(PLACES_CELL))
    client = NotebookClient(
        node,
        timeout=120,
        kernel_name="python3",
        allow_errors=True,
        shutdown_kernel="immediate",
        resources={"metadata": {"path": str(folder)}},
    )
    client.execute()
    return node, read_places(node.cells.pop())


def run_cells(notebook: dict[str, Any]) -> list[dict[str, Any]]:
    return [cell for cell in notebook["cells"] if "importdemo" in cell["metadata"]]


def text(cell: dict[str, Any]) -> str:
    return "".join(cell["source"])


def stream(cell: dict[str, Any], name: str) -> str:
    return "".join(
        "".join(output["text"]) for output in cell["outputs"] if output.get("name") == name
    )


@pytest.mark.parametrize(
    "page", example_pages(PAGES), ids=lambda page: page.relative_to(PAGES).as_posix()
)
def test_each_chapter_notebook_prints_its_verified_outputs_in_a_fresh_kernel(
    page: Path, tmp_path: Path
) -> None:
    shown_as = page.relative_to(ROOT).as_posix()
    notebook = page_notebook(
        page,
        examples=ROOT / "examples",
        python=python_for(sys.executable),
        cache=RESULTS,
        shown_as=shown_as,
    )
    nbformat.validate(nbformat.from_dict(json.loads(notebook_json(notebook))))
    executed, places = execute(notebook, tmp_path)
    name = page.relative_to(PAGES).as_posix().replace("/", "-").removesuffix(".md") + ".ipynb"
    problems = notebook_differences(notebook, executed, name=name, places=places)
    assert not problems, "\n".join(problems)
    for cell in run_cells(notebook):
        example = cell["metadata"]["importdemo"]["example"]
        folder = ROOT / "examples" / example
        for relative in example_files(folder):
            written = tmp_path / example / relative
            assert written.read_bytes() == (folder / relative).read_bytes(), (
                f"{name}: the notebook wrote {example}/{relative} otherwise"
            )


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    course = make_course(tmp_path_factory.mktemp("notebooks") / "course")
    result = build(course)
    assert result.returncode == 0, result.stderr
    return course / "_build"


def read_notebook(site: Path, chapter: str) -> dict[str, Any]:
    notebook: dict[str, Any] = json.loads(
        (site / "_examples" / "notebooks" / f"{chapter}.ipynb").read_text()
    )
    return notebook


def test_the_build_writes_a_valid_notebook_per_chapter_and_links_it(site: Path) -> None:
    assert sorted(path.name for path in (site / "_examples" / "notebooks").iterdir()) == [
        "first.ipynb",
        "second.ipynb",
    ]
    for chapter in ("first", "second"):
        nbformat.validate(nbformat.from_dict(read_notebook(site, chapter)))
    first = (site / "first.html").read_text()
    assert 'href="_examples/notebooks/first.ipynb">this chapter as a Jupyter notebook</a>' in first
    assert "notebook" not in (site / "glossary.html").read_text()


def test_the_notebook_holds_the_prose_the_files_and_each_run_with_its_output(
    site: Path,
) -> None:
    notebook = read_notebook(site, "first")
    cells = notebook["cells"]
    assert notebook["metadata"]["language_info"]["version"] == RELEASE
    assert f"what CPython {RELEASE} printed" in text(cells[0])
    assert "def run_example(folder, *command, timeout=10):" in text(cells[1])
    assert text(cells[2]) == "# First steps\n\nThe first chapter runs two examples."
    assert text(cells[3]) == (
        "## Greeting\n\n"
        f"A [module]({BASE}glossary.html#term-module) runs once; its object is cached in "
        f"`sys.modules`, as\n[Second steps]({BASE}second.html) shows again:"
    )
    assert text(cells[4]) == 'Path("greet").mkdir(parents=True, exist_ok=True)'
    assert text(cells[5]).startswith("%%writefile greet/main.py\n")
    assert text(cells[6]).startswith("%%writefile greet/helper.py\n")
    greet, exits = run_cells(notebook)
    assert text(greet) == 'run_example("greet", "main.py")'
    assert stream(greet, "stdout") == "hello, world \n"
    assert greet["metadata"]["importdemo"] == {
        "example": "greet",
        "page": "docs/first.md",
        "line": 10,
        "verified": True,
        "releases": [RELEASE],
    }
    assert stream(exits, "stderr") == "exit status 3\n"


def test_arguments_and_modules_run_as_the_page_says_and_traces_are_shown_not_run(
    site: Path,
) -> None:
    notebook = read_notebook(site, "second")
    calls = [text(cell) for cell in run_cells(notebook)]
    assert calls == [
        'run_example("greet", "main.py", "Ada", "Grace Hopper")',
        'run_example("shout", "-m", "shout")',
    ]
    traced = next(cell for cell in notebook["cells"] if "importdemo trace greet" in text(cell))
    assert traced["cell_type"] == "markdown"
    assert "\u2502 find   helper: PathFinder" in text(traced)


def test_the_sample_notebooks_print_what_they_hold_in_a_fresh_kernel(
    site: Path, tmp_path: Path
) -> None:
    for chapter in ("first", "second"):
        notebook = read_notebook(site, chapter)
        executed, places = execute(notebook, tmp_path / chapter)
        assert notebook_differences(notebook, executed, name=chapter, places=places) == []


def test_the_tests_build_the_sites_notebooks_but_for_the_links(site: Path) -> None:
    course = site.parent
    built = page_notebook(
        course / "docs" / "second.md",
        examples=course / "examples",
        python=python_for(sys.executable),
        cache=course / ".importdemo-results",
        shown_as="docs/second.md",
    )
    assert run_cells(built) == run_cells(read_notebook(site, "second"))


def test_a_changed_expected_output_makes_the_notebook_disagree_with_the_page(
    tmp_path: Path,
) -> None:
    course = make_course(tmp_path / "course")
    page = course / "docs" / "first.md"
    page.write_text(page.read_text().replace("hello, world \n", "hello, everyone\n", 1))
    assert build(course).returncode != 0
    notebook = read_notebook(course / "_build", "first")
    greet = run_cells(notebook)[0]
    assert stream(greet, "stdout") == "hello, world \n"  # what the example printed
    assert greet["metadata"]["importdemo"]["verified"] is False

    executed, places = execute(notebook, tmp_path / "run")
    [problem] = notebook_differences(notebook, executed, name="first.ipynb", places=places)
    assert problem.startswith("first.ipynb, cell 8 (example greet, docs/first.md:10): ")
    assert "the page does not show what CPython printed" in problem
