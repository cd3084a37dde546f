"""Measure importdemo against the physical floor, as ratios from one run.

Run with ``nox -s bench``. It prints:

- per example, the runner's cost against a bare ``python -u main.py`` in a
  fresh copy (median of repeated runs; target <= 1.15x);
- the whole doc-test run (every example on every interpreter, through
  pytest and Sybil) against the floor: the sum of bare runs divided by the
  cores (target <= 1.3x);
- the docs build, in a copy of the course: from nothing (every example run
  on every runtime), cold with the results the tests store (target <= 10 s),
  and after editing one page (target <= 2 s); see :func:`docs_builds`;
- CPython compiled to WebAssembly: the first run of a new worker, making its
  memory snapshot and reading the stored one; the cost of one run in a warm
  worker (target <= 0.5 s); and the time the WebAssembly matrix (every example
  on every WebAssembly runtime) adds to ``pytest docs`` as ``nox -s tests``
  runs it (target <= 30 s), with the snapshots stored and on a machine that
  has none yet, and when every result is stored (target: nothing, <= 1 s);
- the live runs in the page, in headless Chromium, as the browser test
  measures them: the first Run on a page opened afresh, runtime download
  included (target <= 5 s), and a second Run (target <= 1 s). The site is
  built into ``IMPORTDEMO_SITE`` (default ``docs/_build/html``, as ``nox -s
  docs`` builds it); skipped, saying why, without Chromium and its driver.

A figure that misses its target says "over target" beside it.

Nothing is timed inside the test suite: this machine is shared and noisy, so
only ratios measured side by side in one run mean anything.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from importdemo.pages.directive import read_found_directive
from importdemo.pages.scanner import scan_page
from importdemo.pages.update import page_paths
from importdemo.runner.clean_python import cache_root, clean_python
from importdemo.runner.discovery import find_interpreters
from importdemo.runner.example_folders import example_names
from importdemo.runner.run import run_example
from importdemo.runner.wasm.runtimes import RUNTIMES, install_runtime
from importdemo.runner.wasm.workers import end_workers, snapshot_folder
from importdemo.tracing import trace_command

if TYPE_CHECKING:
    from collections.abc import Iterator, Sequence

    from importdemo.runner.interpreter import Interpreter

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
REPEAT = int(os.environ.get("BENCH_REPEAT", "7"))
#: The site the browser test runs in, as in tests/browser/conftest.py.
SITE = Path(os.environ.get("IMPORTDEMO_SITE", ROOT / "docs" / "_build" / "html"))
#: The live-run test that measures, and its figures' targets in seconds, by
#: the names it records them under in browser-timings.json.
LIVE_TIMING_TEST = (
    "tests/browser/test_live.py::test_run_prints_exactly_the_verified_output_and_says_it_matches"
)
LIVE_TARGETS = {
    "first run, page opened afresh (runtime loaded on click)": 5.0,
    "second run": 1.0,
}


def sphinx_build(docs: Path, out: Path) -> subprocess.CompletedProcess[str]:
    """``sphinx-build -W --keep-going -q -b html DOCS OUT``, as ``nox -s docs`` runs it."""
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
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
    )


def verdict(value: float, target: float) -> str:
    """``(target <= 1.15x)``, with "over target" when *value* misses it."""
    return "" if value <= target else "  over target"


def bare_run(folder: Path, interpreter: Interpreter, entry: Sequence[str] = ("main.py",)) -> float:
    """Seconds for a fresh copy plus ``python -u main.py`` (or *entry*) on the clean interpreter."""
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / folder.name
        shutil.copytree(folder, copy)
        subprocess.run(
            [str(clean_python(interpreter)), "-u", *entry],
            cwd=copy,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
            check=False,
        )
    return time.perf_counter() - start


def runner_run(folder: Path, interpreter: Interpreter) -> float:
    start = time.perf_counter()
    run_example(folder, python=interpreter.spec)
    return time.perf_counter() - start


def page_jobs() -> list[tuple[Path, tuple[str, ...]]]:
    """Each distinct run that the pages' directives make, as (folder, python arguments)."""
    jobs = set()
    for page in page_paths([ROOT / "docs"]):
        for found in scan_page(page.read_text(encoding="utf-8")):
            directive = read_found_directive(found, page)
            entry = ["main.py"] if directive.module is None else ["-m", directive.module]
            entry += directive.args
            if directive.trace:
                entry = trace_command(entry)
            jobs.add((EXAMPLES / directive.name, tuple(entry)))
    return sorted(jobs)


def runnable(name: str) -> bool:
    return (EXAMPLES / name / "main.py").is_file()


def per_example(interpreter: Interpreter) -> dict[str, float]:
    print(f"\n## Runner against bare `python -u main.py`, Python {interpreter.short_version}")
    print(f"(median of {REPEAT} runs each, interleaved)\n")
    print(f"{'example':45} {'bare ms':>8} {'runner ms':>10} {'ratio':>6}")
    bare_medians = {}
    ratios = []
    for name in filter(runnable, example_names(EXAMPLES)):
        folder = EXAMPLES / name
        bare, runner = [], []
        for _ in range(REPEAT):
            bare.append(bare_run(folder, interpreter))
            runner.append(runner_run(folder, interpreter))
        b, r = statistics.median(bare), statistics.median(runner)
        bare_medians[name] = b
        ratios.append(r / b)
        print(f"{name:45} {b * 1000:8.1f} {r * 1000:10.1f} {r / b:6.2f}")
    median, worst = statistics.median(ratios), max(ratios)
    print(
        f"\nmedian ratio {median:.2f}x, worst {worst:.2f}x (target <= 1.15x){verdict(median, 1.15)}"
    )
    return bare_medians


def whole_run(interpreters: list[Interpreter]) -> None:
    print("\n## Whole doc-test run against the physical floor\n")
    cores = os.cpu_count() or 1
    jobs = page_jobs()
    floor_serial = 0.0
    for interpreter in interpreters:
        for folder, entry in jobs:
            floor_serial += statistics.median(
                bare_run(folder, interpreter, entry) for _ in range(3)
            )
    floor = floor_serial / cores
    start = time.perf_counter()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "docs",
            "-q",
            "-p",
            "no:xdist",
            "-p",
            "no:cacheprovider",
            *(f"--python={interpreter.spec}" for interpreter in interpreters),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    whole = time.perf_counter() - start
    summary = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr
    print(
        f"distinct runs the pages ask for x interpreters: {len(jobs)} x "
        f"{len(interpreters)}; cores: {cores}"
    )
    print(f"floor (sum of bare runs / cores): {floor:.2f} s")
    print(f"pytest docs (one process, runs started ahead, two per core): {whole:.2f} s ({summary})")
    print(f"ratio {whole / floor:.2f}x (target <= 1.3x){verdict(whole / floor, 1.3)}")
    start = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "--collect-only",
            "-q",
            "-p",
            "no:xdist",
            "-p",
            "no:cacheprovider",
            "docs",
        ],
        cwd=ROOT,
        capture_output=True,
        check=False,
    )
    fixed = time.perf_counter() - start
    print(
        f"of which pytest start-up and collection alone: {fixed:.2f} s; "
        f"ratio without it {(whole - fixed) / floor:.2f}x"
    )


#: The docs build's targets, in seconds, on this machine (issue 15).
DOCS_COLD_TARGET = 10.0
DOCS_EDIT_TARGET = 2.0
#: Builds timed per figure; the median is the figure.
DOCS_REPEAT = 3
#: What a docs build reads besides docs/: the course's table, the code's
#: licence (quoted in every README), the examples, the package (autodoc2).
COURSE_FILES = ("pyproject.toml", "LICENSE", "LICENSE-docs")
COURSE_FOLDERS = ("docs", "examples", "importdemo")


def course_copy(root: Path) -> Path:
    """A copy of what the docs build reads, in *root*, without any build output.

    The build writes into the copy only (its site, doctrees and stored
    results, under ``docs/_build``), never into the checkout.
    """
    ignored = shutil.ignore_patterns("_build", "__pycache__")
    for name in COURSE_FOLDERS:
        shutil.copytree(ROOT / name, root / name, ignore=ignored)
    for name in COURSE_FILES:
        shutil.copy2(ROOT / name, root / name)
    return root


def timed_build(docs: Path, out: Path) -> tuple[float, float, str]:
    """Seconds, CPU seconds and status of ``sphinx-build`` of *docs* into *out*."""
    before = os.times()
    start = time.perf_counter()
    done = sphinx_build(docs, out)
    seconds = time.perf_counter() - start
    after = os.times()
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    status = "ok" if done.returncode == 0 else f"FAILED: {done.stderr.strip()[-300:]}"
    return seconds, cpu, status


def docs_builds() -> None:
    """The docs build, as ``nox -s tests docs`` leaves it, in a copy of the course.

    - "from nothing": no build output and no stored result, so every
      ``{example}`` runs on every runtime (the WebAssembly workers' stored
      snapshots and the clean Pythons are kept, as on any used machine). It
      is measured against the cold target too, and misses it: it is the
      price of a first build on a new checkout.
    - "cold": no build output (no site, no doctrees), but every run's
      result stored, as the tests store them in ``docs/_build/.importdemo-results``
      before ``nox -s docs`` (here the previous build stored them: the
      same entries, under the same keys). The build recalls every result
      and writes the whole site. Target <= 10 s.
    - "after editing one page": a sentence added at the end of a chapter
      that teaches examples, then the incremental build that follows.
      Target <= 2 s.

    Each of the last two is the median of several builds, all shown, with
    the CPU time the build used (less sensitive to a busy machine).
    """
    load = os.getloadavg()[0]
    print("\n## Docs build (sphinx-build -W, in a copy of the course)\n")
    print(f"load average over the last minute: {load:.1f}, on {os.cpu_count()} cores\n")
    with tempfile.TemporaryDirectory() as scratch:
        root = course_copy(Path(scratch))
        docs, out = root / "docs", root / "docs" / "_build" / "html"

        def report(label: str, builds: list[tuple[float, float, str]], target: float) -> None:
            seconds = statistics.median(build[0] for build in builds)
            cpu = statistics.median(build[1] for build in builds)
            failed = [status for *_, status in builds if status != "ok"]
            each = ", ".join(f"{build[0]:.2f}" for build in builds)
            shown = f" (each: {each} s)" if len(builds) > 1 else ""
            print(
                f"{label:52} {seconds:6.2f} s, CPU {cpu:5.2f} s (target <= {target:g} s)"
                f"{verdict(seconds, target)}{shown}"
            )
            for status in failed:
                print(f"    {status}")

        report(
            "from nothing: every example run on every runtime",
            [timed_build(docs, out)],
            DOCS_COLD_TARGET,
        )
        cold = []
        for _ in range(DOCS_REPEAT):
            shutil.rmtree(out)  # the site and its doctrees; the stored results stay
            cold.append(timed_build(docs, out))
        report("cold: no build output, results stored by the tests", cold, DOCS_COLD_TARGET)
        page = docs / "tutorial" / "what-import-does.md"
        edited = []
        for number in range(DOCS_REPEAT):
            page.write_text(page.read_text() + f"\nOne more sentence, number {number}.\n")
            edited.append(timed_build(docs, out))
        report("after editing one page", edited, DOCS_EDIT_TARGET)


def cold_snapshot_cache(scratch: Path) -> dict[str, str]:
    """An environment whose cache has the installed runtimes and clean Pythons, no snapshots.

    ``IMPORTDEMO_CACHE`` points at *scratch*, which links to what the user
    cache has installed (nothing is installed again), so WebAssembly workers
    start as on a fresh machine: they make every snapshot.
    """
    (scratch / "wasm").mkdir(parents=True)
    (scratch / "pythons").symlink_to(cache_root() / "pythons", target_is_directory=True)
    for runtime in RUNTIMES:
        install_runtime(runtime)
        (scratch / "wasm" / runtime.home.name).symlink_to(runtime.home, target_is_directory=True)
    return {**os.environ, "IMPORTDEMO_CACHE": str(scratch)}


@contextlib.contextmanager
def patched_environ(environment: dict[str, str]) -> Iterator[None]:
    """``os.environ`` is *environment* inside the block."""
    saved = dict(os.environ)
    os.environ.clear()
    os.environ.update(environment)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


def children_cpu_since(before: os.times_result) -> float:
    """CPU seconds of the child processes ended (and waited for) since *before*."""
    after = os.times()
    return (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )


def pytest_docs(
    pythons: Sequence[str], env: dict[str, str] | None = None, *, fresh: bool = True
) -> tuple[float, float]:
    """Seconds and CPU seconds for ``pytest docs`` as ``nox -s tests`` runs it (xdist, work
    stealing): with *fresh*, every example run afresh (``--fresh-runs``: no stored result
    recalled); without, the results stored by the run before recalled."""
    before = os.times()
    start = time.perf_counter()
    command = [sys.executable, "-m", "pytest", "docs", "-q", "-n", "auto", "--dist", "worksteal"]
    subprocess.run(
        [
            *command,
            "-p",
            "no:cacheprovider",
            *(["--fresh-runs"] if fresh else []),
            *(f"--python={python}" for python in pythons),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        check=False,
    )
    return time.perf_counter() - start, children_cpu_since(before)


def webassembly() -> None:
    print("\n## CPython compiled to WebAssembly\n")
    names = [name for name in example_names(EXAMPLES) if runnable(name)]
    with tempfile.TemporaryDirectory() as scratch:
        cold = cold_snapshot_cache(Path(scratch) / "workers")
        for runtime in RUNTIMES:
            run_example(EXAMPLES / "module-caching", python=runtime.name)  # its snapshot stored
            firsts = []
            for environment in (cold, dict(os.environ)):  # a new worker makes it, then reads it
                end_workers()
                with patched_environ(environment):
                    start = time.perf_counter()
                    run_example(EXAMPLES / "module-caching", python=runtime.name)
                    firsts.append(time.perf_counter() - start)
            used = snapshot_folder().glob(f"{runtime.pyodide}/*.snapshot.*")
            stored = max(used, key=lambda path: path.stat().st_mtime, default=None)
            # The worker's CPU, which a machine busy with other work does not
            # inflate as it does the seconds: counted when the worker ends.
            end_workers()
            before = os.times()
            run_example(EXAMPLES / "module-caching", python=runtime.name)  # a new worker
            costs = []
            for name in names:
                start = time.perf_counter()
                run_example(EXAMPLES / name, python=runtime.name)
                costs.append(time.perf_counter() - start)
            end_workers()
            cpu = children_cpu_since(before) / (len(names) + 1)
            median = statistics.median(costs)
            size = f"{stored.stat().st_size / 1e6:.1f} MB" if stored else "none"
            print(
                f"{runtime.name} ({runtime.release}): first run of a new worker "
                f"{firsts[0]:.2f} s making its snapshot, {firsts[1]:.2f} s reading it "
                f"(stored: {size}); one run in a warm worker, median over {len(names)} "
                f"examples {median:.3f} s, worst {max(costs):.3f} s "
                f"(target <= 0.5 s){verdict(median, 0.5)}; the worker's CPU per run "
                f"{cpu * 1000:.0f} ms, its start included"
            )
        end_workers()
        native = [interpreter.spec for interpreter in find_interpreters()]
        wasm = [*native, *(runtime.name for runtime in RUNTIMES)]
        # The first run with WebAssembly makes and stores the snapshots, the
        # second reads them; interleaved with the native-only runs, so that a
        # busy moment of the machine weighs on both sides.
        matrix = cold_snapshot_cache(Path(scratch) / "matrix")
        first = pytest_docs(native, matrix)
        with_cold = pytest_docs(wasm, matrix)
        with_warm = pytest_docs(wasm, matrix)
        second = pytest_docs(native, matrix)
        without = ((first[0] + second[0]) / 2, (first[1] + second[1]) / 2)
        # Every result is stored now: a run that recalls them runs nothing.
        recalled_native = pytest_docs(native, matrix, fresh=False)
        recalled = pytest_docs(wasm, matrix, fresh=False)
    for label, (seconds, cpu) in (
        ("snapshots stored", with_warm),
        ("no snapshot stored", with_cold),
    ):
        added = seconds - without[0]
        print(
            f"pytest docs -n auto, {label}: native only {without[0]:.1f} s, with WebAssembly "
            f"{seconds:.1f} s: the matrix adds {added:.1f} s (target <= 30 s){verdict(added, 30)}"
            f"; CPU {without[1]:.0f} s, then {cpu:.0f} s: {cpu - without[1]:.0f} s more"
        )
    added = recalled[0] - recalled_native[0]
    print(
        f"pytest docs -n auto, every result stored (recalled, not run): native only "
        f"{recalled_native[0]:.1f} s, with WebAssembly {recalled[0]:.1f} s: the matrix adds "
        f"{added:.1f} s (target: nothing, <= 1 s){verdict(added, 1)}"
    )


def _browser_missing() -> str | None:
    """Why the browser test cannot run here, as tests/browser/conftest.py finds it."""
    if importlib.util.find_spec("selenium") is None:
        return "Selenium is not installed (pip install --group browser)"
    if not (shutil.which("chromium") or shutil.which("chromium-browser")):
        return "Chromium is not installed (Debian's chromium)"
    if not shutil.which("chromedriver"):
        return "chromedriver is not installed (Debian's chromium-driver)"
    return None


def browser_timings() -> None:
    print("\n## Live runs in headless Chromium (the browser test's own measure)\n")
    missing = _browser_missing()
    if missing is not None:
        print(f"skipped: {missing}")
        return
    built = sphinx_build(ROOT / "docs", SITE)
    if built.returncode != 0:
        print(f"skipped: the site did not build into {SITE}: {built.stderr.strip()[-300:]}")
        return
    timings = SITE.parent / "browser-timings.json"  # written by tests/browser/conftest.py
    timings.unlink(missing_ok=True)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-m",
            "browser",
            "-q",
            "-p",
            "no:cacheprovider",
            LIVE_TIMING_TEST,
        ],
        cwd=ROOT,
        env={**os.environ, "IMPORTDEMO_SITE": str(SITE)},
        capture_output=True,
        text=True,
        check=False,
    )
    measured = json.loads(timings.read_text()) if timings.is_file() else {}
    print(f"site: {SITE}; one page, {LIVE_TIMING_TEST.split('::')[0]}, from click to output")
    for what, target in LIVE_TARGETS.items():
        if what in measured:
            seconds = measured[what]
            print(f"{what}: {seconds:.2f} s (target <= {target:g} s){verdict(seconds, target)}")
        else:
            print(f"{what}: not measured")
    if done.returncode != 0 or not measured:
        lines = (done.stdout + done.stderr).strip().splitlines()
        print(f"the browser test did not pass: {lines[-1] if lines else done.returncode}")


def main() -> None:
    interpreters = find_interpreters()
    current = next(i for i in interpreters if i.version[:2] == sys.version_info[:2])
    print(
        f"# importdemo benchmark: {len(interpreters)} interpreters, "
        f"{os.cpu_count()} cores, Python {sys.version.split()[0]} drives"
    )
    per_example(current)
    whole_run(interpreters)
    docs_builds()
    webassembly()
    browser_timings()


if __name__ == "__main__":
    main()
