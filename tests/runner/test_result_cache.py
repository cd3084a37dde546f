"""The result cache: a stored result is reused only while nothing it depends on changed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from importdemo.runner import result_cache, run
from importdemo.runner.pythons import python_for
from importdemo.runner.result_cache import cached_run as cached_run_of
from importdemo.runner.run import OUTPUT_LIMIT_STATUS, TIMEOUT_STATUS, RunRequest, RunResult

if TYPE_CHECKING:
    from tests.conftest import MakeExample

PACKAGE = Path(result_cache.__file__).parent.parent

_CACHED_RUN = """\
import sys
import time
from pathlib import Path
from importdemo.runner.pythons import python_for
from importdemo.runner.result_cache import cached_run
from importdemo.runner.run import RunRequest
request = RunRequest(Path(sys.argv[1]), python_for(None))
print(cached_run(request, cache=Path(sys.argv[2])).result.output, end="")
"""


def cached_output_with_engine(engine: Path, folder: Path, cache: Path) -> str:
    """What ``cached_run`` returns in a fresh process that imports the engine in *engine*."""
    done = subprocess.run(
        [sys.executable, "-c", _CACHED_RUN, str(folder), str(cache)],
        cwd=engine,  # not the checkout, whose importdemo would come first on sys.path
        env={**os.environ, "PYTHONPATH": str(engine)},
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def engine_with_a_stored_result(
    make_example: MakeExample, tmp_path: Path
) -> tuple[Path, Path, Path, str]:
    """A copy of the engine, an example whose output differs on every run, and its stored run."""
    engine = tmp_path / "engine"
    shutil.copytree(PACKAGE, engine / "importdemo", ignore=shutil.ignore_patterns("__pycache__"))
    folder = make_example(main="import os\nprint(os.urandom(8).hex())\n")
    cache = tmp_path / "cache"
    first = cached_output_with_engine(engine, folder, cache)
    assert cached_output_with_engine(engine, folder, cache) == first  # recalled
    return engine, folder, cache, first


@pytest.mark.parametrize(
    "edited",
    ["runner/normalise.py", "tracing/importlib_bootstrap_trace.py", "runner/wasm/worker.mjs"],
)
def test_an_edit_to_the_engine_makes_every_stored_result_stale(
    make_example: MakeExample, tmp_path: Path, edited: str
) -> None:
    engine, folder, cache, first = engine_with_a_stored_result(make_example, tmp_path)
    with (engine / "importdemo" / edited).open("a", encoding="utf-8") as file:
        file.write("\n// edited\n" if edited.endswith(".mjs") else "\n# edited\n")
    assert cached_output_with_engine(engine, folder, cache) != first  # run again


def test_an_edit_outside_the_runner_keeps_the_stored_results(
    make_example: MakeExample, tmp_path: Path
) -> None:
    """The Sphinx extension or the pytest plugin changes no output: no example runs again."""
    engine, folder, cache, first = engine_with_a_stored_result(make_example, tmp_path)
    for edited in ("sphinxext/render.py", "testing/plugin.py", "pages/update.py"):
        with (engine / "importdemo" / edited).open("a", encoding="utf-8") as file:
            file.write("\n# edited\n")
    assert cached_output_with_engine(engine, folder, cache) == first  # recalled


class CountingRuns:
    """Stands in for :func:`run_example`: counts its calls and ends as told."""

    def __init__(self, exit_status: int = 0) -> None:
        self.calls = 0
        self.exit_status = exit_status

    def __call__(self, folder: Path, **kwargs: Any) -> RunResult:
        self.calls += 1
        return RunResult(
            output=f"run {self.calls}\n",
            exit_status=self.exit_status,
            duration=0.5,
            interpreter=python_for(None),
        )


@pytest.fixture
def runs(monkeypatch: pytest.MonkeyPatch) -> CountingRuns:
    counting = CountingRuns()
    monkeypatch.setattr(run, "run_example", counting)
    return counting


def cached_run(folder: Path, *, cache: Path) -> RunResult:
    """The result of running *folder* on this Python, recalled from *cache* when stored."""
    return cached_run_of(RunRequest(folder, python_for(None)), cache=cache).result


def test_an_unchanged_example_is_recalled_not_run(
    make_example: MakeExample, tmp_path: Path, runs: CountingRuns
) -> None:
    folder = make_example(main="print('hi')\n")
    first = cached_run(folder, cache=tmp_path / "cache")
    again = cached_run(folder, cache=tmp_path / "cache")
    assert runs.calls == 1
    assert (again.output, again.exit_status, again.duration) == ("run 1\n", 0, 0.5)
    assert again.interpreter == first.interpreter


@pytest.mark.parametrize("status", [TIMEOUT_STATUS, OUTPUT_LIMIT_STATUS])
def test_a_run_stopped_by_a_limit_is_never_stored(
    make_example: MakeExample, tmp_path: Path, runs: CountingRuns, status: int
) -> None:
    runs.exit_status = status
    folder = make_example(main="print('hi')\n")
    cached_run(folder, cache=tmp_path / "cache")
    cached_run(folder, cache=tmp_path / "cache")
    assert runs.calls == 2
    assert not list(tmp_path.glob("cache/*.json"))


@pytest.mark.parametrize(
    "stored",
    [b"", b"{not json", b"\xff\xfe\x00", b"[]", b'{"output": 1}', b'{"exit_status": 0}'],
    ids=["empty", "cut-short", "not-utf8", "not-a-record", "wrong-type", "missing-fields"],
)
def test_a_corrupt_entry_is_a_miss_and_is_replaced(
    make_example: MakeExample, tmp_path: Path, runs: CountingRuns, stored: bytes
) -> None:
    folder = make_example(main="print('hi')\n")
    cached_run(folder, cache=tmp_path / "cache")
    (entry,) = tmp_path.glob("cache/*.json")
    entry.write_bytes(stored)
    assert cached_run(folder, cache=tmp_path / "cache").output == "run 2\n"
    assert json.loads(entry.read_text(encoding="utf-8"))["output"] == "run 2\n"
    assert cached_run(folder, cache=tmp_path / "cache").output == "run 2\n"
    assert runs.calls == 2


def test_an_unreadable_entry_is_a_miss(
    make_example: MakeExample, tmp_path: Path, runs: CountingRuns
) -> None:
    folder = make_example(main="print('hi')\n")
    cached_run(folder, cache=tmp_path / "cache")
    (entry,) = tmp_path.glob("cache/*.json")
    entry.unlink()
    entry.mkdir()  # reading it fails whoever runs the tests, root included
    assert cached_run(folder, cache=tmp_path / "cache").output == "run 2\n"
    assert runs.calls == 2


def test_the_results_and_locks_of_an_earlier_engine_are_removed_once_an_hour_old(
    make_example: MakeExample, tmp_path: Path, runs: CountingRuns
) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    hour_ago = time.time() - 3601
    for name, made in [
        ("0123456789ab-old.json", hour_ago),  # an earlier engine's, an hour old: removed
        ("0123456789ab-old.lock", hour_ago),
        ("d1c6a9e0f5b2.json", hour_ago),  # named before entries named their engine
        ("0123456789ab-new.json", time.time()),  # still in use, perhaps: kept
    ]:
        (cache / name).write_text("{}")
        os.utime(cache / name, (made, made))
    cached_run(make_example(main="print('hi')\n"), cache=cache)  # a run is stored: tidied
    ours = result_cache.engine_digest()[:12]
    names = sorted(path.name for path in cache.iterdir())
    assert [name for name in names if not name.startswith(ours)] == [
        ".tidied",
        "0123456789ab-new.json",
    ]
    assert {Path(name).suffix for name in names if name.startswith(ours)} == {".json", ".lock"}
    # The folder is tidied at most once a day.
    (cache / "0123456789ab-old.json").write_text("{}")
    os.utime(cache / "0123456789ab-old.json", (hour_ago, hour_ago))
    assert result_cache.tidy_store(cache) == 0
    assert result_cache.tidy_store(cache, now=time.time() + 24 * 3600) == 2  # and the new one
    assert sorted(path.name for path in cache.iterdir() if not path.name.startswith(ours)) == [
        ".tidied"
    ]


def test_a_store_that_cannot_be_tidied_still_stores(
    make_example: MakeExample, tmp_path: Path, runs: CountingRuns
) -> None:
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / ".tidied").mkdir()  # the marker cannot be written, whoever runs the tests
    two_days_ago = time.time() - 2 * 24 * 3600
    os.utime(cache / ".tidied", (two_days_ago, two_days_ago))
    folder = make_example(main="print('hi')\n")
    cached_run(folder, cache=cache)
    assert cached_run(folder, cache=cache).output == "run 1\n"
