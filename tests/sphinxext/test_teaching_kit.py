"""The teaching kit, as a teacher gets it: the zips of a small course's site.

The course is ``tests/samples/teaching-course``: two chapters, one example
taught in three places (plain, with arguments, traced), one that fails on
purpose, one run with ``-m``. Its outputs are recorded on the Python running
the tests, with ``importdemo update``, before each build.
"""

from __future__ import annotations

import os
import platform
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from importdemo.runner.run import run_example
from tests.sphinx_command import SPHINX_BUILD

if TYPE_CHECKING:
    from collections.abc import Iterator

pytest.importorskip("sphinx")

SAMPLE = Path(__file__).parents[1] / "samples" / "teaching-course"
BASE = "https://course.example.org/en/"
RELEASE = platform.python_version()
VERIFIED = f"Output verified on CPython {RELEASE}:"
SPHINX = [*SPHINX_BUILD, "-W", "--keep-going", "-q", "-b", "html"]


def make_course(folder: Path) -> Path:
    """A copy of the sample course, its outputs recorded on this Python."""
    shutil.copytree(SAMPLE, folder)
    with (folder / "pyproject.toml").open("a") as pyproject:
        pyproject.write(f"pythons = [{sys.executable!r}]\n")
    subprocess.run(
        [sys.executable, "-m", "importdemo", "update", "--python", sys.executable, "docs"],
        cwd=folder,
        check=True,
        capture_output=True,
        env=_clean_environment(),
    )
    return folder


def build(course: Path, out: str = "_build") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*SPHINX, "-d", str(course / out / ".doctrees"), "docs", out],
        cwd=course,
        capture_output=True,
        text=True,
        check=False,
        env=_clean_environment(),
    )


def _clean_environment() -> dict[str, str]:
    # CI's settings for the whole run (required runtimes...) are not this course's.
    return {key: value for key, value in os.environ.items() if not key.startswith("IMPORTDEMO_")}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    course = make_course(tmp_path_factory.mktemp("kit") / "course")
    result = build(course)
    assert result.returncode == 0, result.stderr
    return course / "_build"


def read(archive: Path, name: str) -> str:
    with zipfile.ZipFile(archive) as opened:
        return opened.read(name).decode()


def sections(readme: str) -> dict[str, str]:
    """The README's ``##`` sections by heading, in order."""
    parts = re.split(r"^## (.*)\n", readme, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2]))


def blocks(text: str) -> Iterator[tuple[str, str, str]]:
    """Each fenced block: the paragraph before it, its language, its text exactly."""
    for match in re.finditer(
        r"(?:^|\n)([^\n]*)\n\n(`{3,})(\w*)\n(.*?)^\2\n", text, flags=re.MULTILINE | re.DOTALL
    ):
        yield match.group(1), match.group(3), match.group(4)


def fenced(text: str) -> list[tuple[str, str]]:
    """Each fenced block's language and text."""
    return [(language, body) for _, language, body in blocks(text)]


def output_after(text: str, heading: str) -> str:
    return next(body for before, _, body in blocks(text) if before == heading)


def test_an_example_zip_holds_its_files_and_a_readme_and_nothing_else(site: Path) -> None:
    with zipfile.ZipFile(site / "_examples" / "greet.zip") as archive:
        assert archive.namelist() == ["greet/README.md", "greet/main.py", "greet/helper.py"]


def test_the_readme_output_is_byte_for_byte_what_the_example_printed(site: Path) -> None:
    readme = sections(read(site / "_examples" / "greet.zip", "greet/README.md"))
    folder = site.parent / "examples" / "greet"
    plain = run_example(folder, python=sys.executable)
    named = run_example(folder, python=sys.executable, args=("Ada", "Grace Hopper"))
    assert output_after(readme["Greeting"], VERIFIED) == plain.output == "hello, world \n"
    assert output_after(readme["Arguments"], VERIFIED) == named.output


def test_an_example_taught_in_three_places_has_a_section_for_each_in_reading_order(
    site: Path,
) -> None:
    readme = read(site / "_examples" / "greet.zip", "greet/README.md")
    assert list(sections(readme)) == ["Run it", "Greeting", "Arguments", "Traced", "Reuse"]
    assert f"Taught in [First steps \u203a Greeting]({BASE}first.html#greeting)." in readme
    assert f"Taught in [Second steps \u203a Arguments]({BASE}second.html#arguments)." in readme
    assert "$ python main.py Ada 'Grace Hopper'\n" in readme


def test_the_readme_says_what_it_shows_with_the_paragraph_before_the_example(
    site: Path,
) -> None:
    readme = sections(read(site / "_examples" / "greet.zip", "greet/README.md"))
    assert readme["Greeting"].splitlines()[3] == (
        f"A [module]({BASE}glossary.html#term-module) runs once; its object is cached in "
        f"`sys.modules`, as [Second steps]({BASE}second.html) shows again:"
    )
    # No paragraph before it in its section: the first one after it.
    assert "\nWith arguments, it greets each name.\n" in readme["Arguments"]


def test_a_traced_use_gives_the_trace_command_and_the_trace_it_printed(site: Path) -> None:
    traced = sections(read(site / "_examples" / "greet.zip", "greet/README.md"))["Traced"]
    trace = run_example(site.parent / "examples" / "greet", python=sys.executable, trace=True)
    assert ("console", "$ python -m importdemo trace greet\n") in fenced(traced)
    assert output_after(traced, VERIFIED) == trace.output
    assert "\u2502 find   helper: PathFinder" in trace.output


def test_the_readme_says_how_to_run_it_and_how_it_ends(site: Path) -> None:
    shout = sections(read(site / "_examples" / "shout.zip", "shout/README.md"))
    assert ("Open a terminal in this folder and run:", "console", "$ python -m shout\n") in list(
        blocks(shout["Run it"])
    )
    exits = read(site / "_examples" / "exits.zip", "exits/README.md")
    assert "\nIt ends with exit status 3.\n" in exits


def test_every_readme_states_the_reuse_terms_and_the_code_licence(site: Path) -> None:
    licence = (SAMPLE / "LICENSE").read_text()
    with zipfile.ZipFile(site / "_examples" / "bundles" / "sample-course.zip") as archive:
        readmes = [name for name in archive.namelist() if name.endswith("README.md")]
        assert len(readmes) == 1 + 2 + 4  # the index, two chapters, four example folders
        for name in readmes:
            reuse = sections(archive.read(name).decode())["Reuse"]
            assert "[CC BY 4.0](https://creativecommons.org/licenses/by/4.0/)" in reuse
            assert ("text", licence) in fenced(reuse)


def test_the_footer_states_the_reuse_terms_and_links_the_course_bundle(site: Path) -> None:
    html = (site / "second.html").read_text()
    assert (
        '<div class="reuse">The examples\' code is under the MIT License; the text, under '
        '<a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>.'
    ) in html
    assert '<a href="_examples/bundles/sample-course.zip">every example</a>' in html


def test_the_course_bundle_lists_every_example_by_chapter_in_reading_order(site: Path) -> None:
    bundle = site / "_examples" / "bundles" / "sample-course.zip"
    index = read(bundle, "sample-course/README.md")
    listed = re.findall(r"^- \[`([\w-]+)`\]\(([^)]+)\), in \[([^]]+)\]\(([^)]+)\)", index, re.M)
    assert listed == [
        ("greet", "01-first/greet/README.md", "Greeting", f"{BASE}first.html#greeting"),
        ("exits", "01-first/exits/README.md", "Failing", f"{BASE}first.html#failing"),
        ("greet", "02-second/greet/README.md", "Arguments", f"{BASE}second.html#arguments"),
        ("greet", "02-second/greet/README.md", "Traced", f"{BASE}second.html#traced"),
        ("shout", "02-second/shout/README.md", "As a module", f"{BASE}second.html#as-a-module"),
    ]
    assert index.index("## Tutorial\n") < index.index("### 1. First steps\n")
    assert index.index("### 1. First steps\n") < index.index("### 2. Second steps\n")
    with zipfile.ZipFile(bundle) as archive:
        for _, path, _, _ in listed:
            assert f"sample-course/{path}" in archive.namelist()


def test_each_chapter_bundle_is_its_folder_of_the_course_bundle(site: Path) -> None:
    bundles = site / "_examples" / "bundles"
    with zipfile.ZipFile(bundles / "sample-course.zip") as course:
        in_course = {
            name.removeprefix("sample-course/"): course.read(name)
            for name in course.namelist()
            if name.startswith("sample-course/02-second/")
        }
    with zipfile.ZipFile(bundles / "second.zip") as chapter:
        assert {name: chapter.read(name) for name in chapter.namelist()} == in_course
    assert "02-second/README.md" in in_course


def test_the_index_and_each_chapter_link_their_bundles(site: Path) -> None:
    index = (site / "index.html").read_text()
    assert (
        'href="_examples/bundles/sample-course.zip">every example of the course, by chapter</a>'
    ) in index
    first = (site / "first.html").read_text()
    assert 'href="_examples/bundles/first.zip">this chapter\u2019s 2 examples</a>' in first
    assert "Teaching kit" not in (site / "glossary.html").read_text()
    # Before the first section, after the opening paragraph.
    assert first.index("The first chapter runs two examples.") < first.index("Teaching kit")
    assert first.index("Teaching kit") < first.index('id="greeting"')


def test_with_dirhtml_the_links_reach_the_zips_from_a_page_one_folder_deeper(
    site: Path,
) -> None:
    course = site.parent
    built = subprocess.run(
        [*SPHINX[:-1], "dirhtml", "-d", str(course / "_dirhtml" / ".doctrees"), "docs", "_dirhtml"],
        cwd=course,
        capture_output=True,
        text=True,
        check=False,
        env=_clean_environment(),
    )
    assert built.returncode == 0, built.stderr
    first = (course / "_dirhtml" / "first" / "index.html").read_text()
    for zip_path in ("_examples/greet.zip", "_examples/bundles/first.zip"):
        assert f'href="../{zip_path}"' in first
        assert (course / "_dirhtml" / zip_path).is_file()
    readme = read(course / "_dirhtml" / "_examples" / "greet.zip", "greet/README.md")
    assert f"({BASE}first/#greeting)" in readme


def test_the_zips_are_the_same_bytes_when_built_again(site: Path) -> None:
    again = build(site.parent, out="_build_again")
    assert again.returncode == 0, again.stderr
    zips = sorted(path.relative_to(site) for path in site.rglob("*.zip"))
    assert len(zips) == 3 + 2 + 1  # each example, each chapter, the course
    for path in zips:
        assert (site / path).read_bytes() == (site.parent / "_build_again" / path).read_bytes()
    with zipfile.ZipFile(site / "_examples" / "bundles" / "sample-course.zip") as archive:
        assert {entry.date_time for entry in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_every_example_of_the_bundle_runs_with_python_main_py_as_its_readme_says(
    site: Path, tmp_path: Path
) -> None:
    with zipfile.ZipFile(site / "_examples" / "bundles" / "sample-course.zip") as archive:
        archive.extractall(tmp_path)
    ran = 0
    for readme in sorted(tmp_path.glob("sample-course/*/*/README.md")):
        for section in sections(readme.read_text()).values():
            if ("console", "$ python main.py\n") not in fenced(section) or VERIFIED not in section:
                continue  # "Run it", a use with arguments or traced
            shown = output_after(section, VERIFIED)
            done = subprocess.run(
                [sys.executable, "-E", "-s", "main.py"],
                cwd=readme.parent,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                check=False,
            )
            assert done.stdout == shown, readme
            ran += 1
    assert ran == 3  # greet in each chapter's folder, and exits


def test_a_changed_expected_output_fails_the_tests_and_the_build_and_the_zip_keeps_the_run(
    tmp_path: Path,
) -> None:
    course = make_course(tmp_path / "course")
    page = course / "docs" / "first.md"
    page.write_text(page.read_text().replace("hello, world \n", "hello, everyone\n", 1))

    built = build(course)
    assert built.returncode != 0
    assert "first.md:10: WARNING: " in built.stderr
    readme = sections(read(course / "_build" / "_examples" / "greet.zip", "greet/README.md"))
    printed = (
        f"Printed by CPython {RELEASE}, where the page shows another output "
        "(the build reported it):"
    )
    assert output_after(readme["Greeting"], printed) == "hello, world \n"
    assert "hello, everyone" not in readme["Greeting"]

    python = f"--python={sys.executable}"
    tested = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", python, "docs/first.md"],
        cwd=course,
        capture_output=True,
        text=True,
        check=False,
        env=_clean_environment(),
    )
    assert tested.returncode == 1, tested.stdout
    assert "-hello, everyone\n" in tested.stdout
