"""The docs build owns its runs: each once, in its own process, and none after it stops."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.sphinx_command import SPHINX_BUILD

pytest.importorskip("sphinx")

from importdemo.pages.directive import read_example_directive
from importdemo.runner.interpreter import inspect_interpreter
from importdemo.runner.scheduler import Scheduler, run_ahead_width
from importdemo.sphinxext import verify
from importdemo.sphinxext.build_runs import RunLimits

if TYPE_CHECKING:
    from tests.conftest import MakeExample

#: conf.py of a course whose examples take DELAY seconds each and print "hi": each run
#: is noted in the runs file with the process that made it (forked readers would show),
#: and each fork Sphinx makes, with the runs under way then, in the file beside it.
CONF = """\
import os
import threading
import time
from pathlib import Path

from importdemo.runner import run
from importdemo.runner.pythons import python_for

extensions = ["myst_parser", "importdemo.sphinxext"]
importdemo_live = False
DELAY = {delay}
STOP = {stop!r}
RUNNING = set()  # the runs under way, which a process forked now would hang on


def counted_run(folder, **options):
    with open({runs_file!r}, "a") as runs:
        runs.write(f"{{os.getpid()}} {{Path(folder).name}}\\n")
    RUNNING.add(threading.get_ident())
    time.sleep(DELAY)
    RUNNING.discard(threading.get_ident())
    return run.RunResult("hi\\n", 0, DELAY, python_for(options["python"]))


def note_fork():
    with open({runs_file!r} + ".forks", "a") as forks:
        forks.write(f"{{len(RUNNING)}}\\n")


run.run_example = counted_run
os.register_at_fork(before=note_fork)


def stop(*args):
    raise KeyboardInterrupt if STOP[1] == "ctrl-c" else RuntimeError("stopped by the test")


def setup(app):
    if STOP:  # after importdemo's own handler of the same event
        app.connect(STOP[0], stop, priority=600)
"""


def make_course(
    root: Path, *, pages: int, per_page: int, delay: float, stop: tuple[str, str] | None = None
) -> Path:
    """A course of *pages* pages of *per_page* examples each; returns the file of runs."""
    (root / "pyproject.toml").write_text(f"[tool.importdemo]\npythons = [{sys.executable!r}]\n")
    docs = root / "docs"
    docs.mkdir()
    runs_file = root / "runs.txt"
    (docs / "conf.py").write_text(CONF.format(delay=delay, stop=stop, runs_file=str(runs_file)))
    names = [f"page-{number}" for number in range(pages)]
    (docs / "index.md").write_text("# Course\n\n```{toctree}\n" + "\n".join(names) + "\n```\n")
    for number, name in enumerate(names):
        examples = [f"example-{number}-{index}" for index in range(per_page)]
        text = "".join(f"\n```{{example}} {example}\nhi\n```\n" for example in examples)
        (docs / f"{name}.md").write_text(f"# Page {number}\n{text}")
        for example in examples:
            (root / "examples" / example).mkdir(parents=True)
            # Files of their own: equal files would share one stored result.
            (root / "examples" / example / "main.py").write_text(f'print("hi")  # {example}\n')
    return runs_file


def sphinx_build(root: Path, *options: str) -> tuple[subprocess.Popen[str], float, str]:
    """Build the course in *root*; the process, the seconds it took, and what it wrote to stderr."""
    started = time.monotonic()
    command = [*SPHINX_BUILD, "-q", *options, "-b", "html"]
    process = subprocess.Popen(
        [*command, str(root / "docs"), str(root / "_build" / "html")],
        stderr=subprocess.PIPE,
        text=True,
    )
    _, stderr = process.communicate(timeout=300)
    return process, time.monotonic() - started, stderr


def test_with_parallel_readers_each_example_runs_once_in_the_build_process(tmp_path: Path) -> None:
    runs_file = make_course(tmp_path, pages=6, per_page=2, delay=0.5)
    process, _, stderr = sphinx_build(tmp_path, "-j", "2")
    assert process.returncode == 0, stderr
    runs = [line.split() for line in runs_file.read_text().splitlines()]
    assert sorted(name for _, name in runs) == sorted(
        f"example-{page}-{index}" for page in range(6) for index in range(2)
    )
    assert {int(pid) for pid, _ in runs} == {process.pid}  # never in a forked reader
    forks = Path(f"{runs_file}.forks").read_text().split()
    assert forks, "Sphinx read and wrote in forked processes"
    assert set(forks) == {"0"}, "a run was under way when Sphinx forked: a build can hang"
    html = (tmp_path / "_build" / "html" / "page-3.html").read_text()
    assert "Output verified on CPython" in html


@pytest.mark.parametrize(
    "stop",
    [("doctree-resolved", "error"), ("env-before-read-docs", "ctrl-c")],
    ids=["error while writing", "ctrl-c when reading begins"],
)
def test_a_stopped_build_does_not_wait_for_its_queued_runs(
    tmp_path: Path, stop: tuple[str, str]
) -> None:
    delay, examples, width = 2.0, 50, run_ahead_width()
    runs_file = make_course(tmp_path, pages=5, per_page=10, delay=delay, stop=stop)
    process, took, stderr = sphinx_build(tmp_path)
    assert process.returncode != 0, stderr
    queued_time = examples * delay / width  # what running every queued run would take
    assert took < queued_time / 2, stderr
    started = runs_file.read_text().splitlines() if runs_file.exists() else []
    assert len(started) <= 2 * width, started


def test_an_example_that_cannot_run_is_reported_not_raised(
    make_example: MakeExample, tmp_path: Path
) -> None:
    folder = make_example(**{"other.py": ""})  # no main.py: the run itself fails
    directive = read_example_directive(
        "demo", {}, "x\n", page=tmp_path / "page.md", line=1, body_line=2
    )
    with Scheduler(cache=tmp_path / "cache") as runs:
        verification = verify.verify_example(
            directive,
            folder,
            runs=runs,
            interpreters=(inspect_interpreter(None),),
            limits=RunLimits(timeout=10, output_limit=1 << 20),
        )
    assert verification.verified == []
    assert verification.problems == []  # the page is not wrong: the run could not happen
    [could_not_run] = verification.could_not_run
    assert could_not_run.startswith("could not run example demo on Python ")
    assert "the example folder has no main.py" in could_not_run
