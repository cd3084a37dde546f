"""The one scheduler of runs: each request once, a few at a time, queued runs dropped at the end."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from concurrent.futures import CancelledError
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from importdemo.runner import run
from importdemo.runner.pythons import python_for
from importdemo.runner.run import RunRequest, RunResult
from importdemo.runner.scheduler import RunCounts, Scheduler

if TYPE_CHECKING:
    from tests.conftest import MakeExample


class SlowRuns:
    """Stands in for :func:`run_example`: takes *seconds*, and notes each folder it ran."""

    def __init__(self, seconds: float = 0.0) -> None:
        self.seconds = seconds
        self.ran: list[str] = []
        self._lock = threading.Lock()

    def __call__(self, folder: Path, **kwargs: Any) -> RunResult:
        with self._lock:
            self.ran.append(Path(folder).name)
        time.sleep(self.seconds)
        return RunResult("ran\n", 0, self.seconds, python_for(kwargs.get("python")))


@pytest.fixture
def slow_runs(monkeypatch: pytest.MonkeyPatch) -> SlowRuns:
    runs = SlowRuns()
    monkeypatch.setattr(run, "run_example", runs)
    return runs


def request(folder: Path, **options: Any) -> RunRequest:
    return RunRequest(folder, python_for(None), **options)


def test_equal_requests_share_one_run(make_example: MakeExample, slow_runs: SlowRuns) -> None:
    folder = make_example(main="print('hi')\n")
    with Scheduler() as runs:
        first = runs.submit(request(folder, args=["a"]))
        again = runs.submit(request(folder / ".." / folder.name, args=("a",)))
        other = runs.submit(request(folder, args=["b"]))
        assert again is first
        assert first.result() == again.result()
        other.result()
    assert slow_runs.ran == ["demo", "demo"]
    assert runs.counts() == RunCounts(recalled=0, ran=2)


def test_shutting_down_drops_the_queued_runs_and_waits_only_for_started_ones(
    make_example: MakeExample, slow_runs: SlowRuns
) -> None:
    slow_runs.seconds = 0.5
    folders = [make_example(f"slow-{number}", main="") for number in range(20)]
    runs = Scheduler(width=2)
    futures = [runs.submit(request(folder)) for folder in folders]
    time.sleep(0.1)  # the first two have started
    started = time.monotonic()
    runs.shutdown(cancel_futures=True)
    took = time.monotonic() - started
    assert took < 5 * 0.5  # not the 10 * 0.5 s the 20 runs take, two at a time
    assert len(slow_runs.ran) == 2
    assert sum(future.cancelled() for future in futures) == 18
    with pytest.raises(CancelledError):
        futures[-1].result()


def test_stored_results_are_recalled_and_counted_apart_from_runs(
    make_example: MakeExample, tmp_path: Path, slow_runs: SlowRuns
) -> None:
    folder = make_example(main="print('hi')\n")
    with Scheduler(cache=tmp_path / "cache") as runs:
        runs.result(request(folder))
    with Scheduler(cache=tmp_path / "cache") as runs:
        assert runs.result(request(folder)).output == "ran\n"
        assert runs.counts() == RunCounts(recalled=1, ran=0)
    with Scheduler(cache=tmp_path / "cache", reuse=False) as runs:
        runs.result(request(folder))
        assert runs.counts() == RunCounts(recalled=0, ran=1)
    assert slow_runs.ran == ["demo", "demo"]


def test_a_failed_run_raises_for_whoever_waits_for_it(tmp_path: Path) -> None:
    with Scheduler() as runs:
        future = runs.submit(request(tmp_path / "missing"))
        with pytest.raises(Exception, match="no such example folder"):
            future.result()


_RUN_IN_A_PROCESS = """\
import sys
from pathlib import Path
from importdemo.runner.pythons import python_for
from importdemo.runner.run import RunRequest
from importdemo.runner.scheduler import Scheduler
with Scheduler(cache=Path(sys.argv[2]), reuse=sys.argv[3] == "reuse", fresh_since=0) as runs:
    print(runs.result(RunRequest(Path(sys.argv[1]), python_for(None))).output, end="")
    print(runs.counts())
"""


@pytest.mark.parametrize("mode", ["reuse", "fresh"])
def test_two_processes_that_need_the_same_run_run_it_once(
    make_example: MakeExample, tmp_path: Path, mode: str
) -> None:
    """As two pytest-xdist workers do: the second waits, then recalls what the first stored."""
    folder = make_example(main="import os, time\ntime.sleep(1)\nprint(os.urandom(8).hex())\n")
    command = [sys.executable, "-c", _RUN_IN_A_PROCESS, str(folder), str(tmp_path / "c"), mode]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
    processes = [
        subprocess.Popen(command, stdout=subprocess.PIPE, text=True, env=env) for _ in range(2)
    ]
    outputs = [process.communicate(timeout=60)[0].splitlines() for process in processes]
    assert outputs[0][0] == outputs[1][0]  # one random number: one run
    assert sorted(output[1] for output in outputs) == [
        "RunCounts(recalled=0, ran=1)",
        "RunCounts(recalled=1, ran=0)",
    ]
