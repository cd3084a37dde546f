"""Remember runs by what they depend on, so an unchanged example is not run again.

A result is keyed on the bytes of every file of the example folder, the
command (module and arguments), the limits (timeout and output), the
interpreter's installation and release, and the bytes of the source that
makes a run (``importdemo/runner/``, with the WebAssembly worker, and
``importdemo/tracing/``), so an edit to the runner, the normaliser or the
tracer makes every stored result stale; never on file times. A run stopped by its
timeout or output limit is never stored: it says more about the machine than
about the example. An entry that cannot be read or is not a result is a
miss, and is replaced. Entries are written to a temporary file and moved
into place, so parallel builds can share a cache, and two processes that
need the same run take turns (a lock file beside the entry, see
:mod:`importdemo.runner.file_lock`): the second recalls what the first
stored.

An entry's name starts with the engine's hash. Every edit to the engine
makes a new set of entries, so the files of other engines (results and
lock files) are removed once they are an hour old, when a run is stored
and the folder was not tidied in the last day (see :func:`tidy_store`).
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import time
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from importdemo.runner.example_folders import example_files
from importdemo.runner.file_lock import locked
from importdemo.runner.run import OUTPUT_LIMIT_STATUS, TIMEOUT_STATUS, RunResult
from importdemo.runner.whole_files import write_whole

if TYPE_CHECKING:
    from importdemo.runner.interpreter import Interpreter
    from importdemo.runner.run import RunRequest

__all__ = ("CachedRun", "cached_run", "engine_digest", "result_entry", "tidy_store")

#: The folder of the importdemo package.
_PACKAGE = Path(__file__).parent.parent
#: The parts of importdemo that make a run: their source is part of every key.
_RUN_SOURCES = ("runner", "tracing")
#: Exit statuses of runs that are never stored.
_NOT_STORED = (TIMEOUT_STATUS, OUTPUT_LIMIT_STATUS)
#: How many hex digits of the engine's hash start an entry's name.
_ENGINE_PREFIX = 12
#: Seconds after which another engine's files are removed: no run of the
#: other engine can still be under way (runs have a timeout).
_OTHER_ENGINE_KEPT = 3600.0
#: Seconds between two tidyings of one folder.
_TIDY_EVERY = 24 * 3600.0
#: The file whose time says when the folder was last tidied.
_TIDIED = ".tidied"


@functools.cache
def engine_digest(package: Path = _PACKAGE) -> str:
    """A hash of the source that makes a run: ``runner/`` (with the WebAssembly
    worker's ``.mjs`` files) and ``tracing/``.

    An edit to the pages' reader, the pytest plugin or the Sphinx extension
    changes no output, so it keeps the stored results. Computed once per process.
    """
    digest = hashlib.sha256()
    sources = [
        path
        for part in _RUN_SOURCES
        for pattern in ("*.py", "*.mjs")
        for path in (package / part).rglob(pattern)
    ]
    for path in sorted(sources, key=lambda path: path.relative_to(package).parts):
        if "__pycache__" in path.parts:
            continue
        digest.update(path.relative_to(package).as_posix().encode() + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return digest.hexdigest()


class CachedRun(NamedTuple):
    """A result, and whether it was recalled rather than run."""

    #: What the run printed and how it ended.
    result: RunResult
    #: It was stored by an earlier run (of this process, another, or an earlier session).
    recalled: bool


def cached_run(
    request: RunRequest,
    *,
    cache: Path,
    reuse: bool = True,
    fresh_since: float | None = None,
) -> CachedRun:
    """Run *request*, or recall its stored result when nothing it depends on changed.

    With *reuse* false the example runs, and its result is stored for later
    callers, unless a result was stored at or after *fresh_since* (a
    :func:`time.time`): another process of the same session ran it. Two
    processes that need the same run take turns (a lock beside the entry),
    so the second recalls what the first stored instead of running it too.
    """
    entry = result_entry(request, cache)
    stored = _read_entry(entry, request.interpreter) if reuse else None
    if stored is not None:
        return CachedRun(stored, recalled=True)
    with locked(entry.with_suffix(".lock")):
        if reuse or fresh_since is not None:
            stored = _read_entry(entry, request.interpreter, since=fresh_since)
            if stored is not None:
                return CachedRun(stored, recalled=True)
        result = request.run()
        if result.exit_status not in _NOT_STORED:
            record = {key: value for key, value in asdict(result).items() if key != "interpreter"}
            _write_entry(entry, record)
            _tidy_once(cache)
    return CachedRun(result, recalled=False)


def tidy_store(cache: Path, *, now: float | None = None) -> int:
    """Remove the files of other engines from *cache* once they are an hour old.

    Does nothing when *cache* was tidied in the last day. Returns how many
    files were removed. A file that cannot be removed stays; the next
    tidying tries again.
    """
    now = time.time() if now is None else now
    marker = cache / _TIDIED
    try:
        if now - marker.stat().st_mtime < _TIDY_EVERY:
            return 0
    except OSError:
        pass  # never tidied
    try:
        marker.touch()
        os.utime(marker, (now, now))
        names = os.listdir(cache)
    except OSError:
        return 0
    ours = engine_digest()[:_ENGINE_PREFIX] + "-"
    removed = 0
    for name in names:
        if name == _TIDIED or name.startswith(ours):
            continue
        path = cache / name
        with contextlib.suppress(OSError):
            if now - path.stat().st_mtime >= _OTHER_ENGINE_KEPT:
                path.unlink()
                removed += 1
    return removed


@functools.cache
def _tidy_once(cache: Path) -> None:
    """:func:`tidy_store` once per process and folder."""
    tidy_store(cache)


def result_entry(request: RunRequest, cache: Path) -> Path:
    """The file in *cache* that holds *request*'s result, named by what the result depends on.

    The key covers the engine's source, the interpreter's installation and
    release, the command and limits, and the path and bytes of each of the
    example's files; the name starts with the engine's hash, so that
    :func:`tidy_store` can tell which files an older engine left.
    """
    interpreter = request.interpreter
    digest = hashlib.sha256()
    identity = (str(interpreter.base_prefix), interpreter.release, str(interpreter.webassembly))
    for part in (engine_digest(), *identity):
        digest.update(part.encode() + b"\0")
    command = [
        request.module,
        list(request.args),
        request.trace,
        request.trace_all,
        request.timeout,
        request.output_limit,
    ]
    digest.update(json.dumps(command).encode() + b"\0")
    for relative in example_files(request.folder):
        digest.update(relative.as_posix().encode() + b"\0")
        digest.update((request.folder / relative).read_bytes() + b"\0")
    return cache / f"{engine_digest()[:_ENGINE_PREFIX]}-{digest.hexdigest()}.json"


def _read_entry(
    entry: Path, interpreter: Interpreter, *, since: float | None = None
) -> RunResult | None:
    """The result stored in *entry* (at or after *since*); ``None`` when there is none."""
    try:
        if since is not None and entry.stat().st_mtime < since:
            return None
        stored = json.loads(entry.read_bytes().decode("utf-8"))
    except (OSError, ValueError):  # missing, unreadable, not UTF-8, not JSON
        return None
    if not isinstance(stored, dict):
        return None
    output, exit_status = stored.get("output"), stored.get("exit_status")
    duration, not_runnable = stored.get("duration"), stored.get("not_runnable", "")
    if (
        not isinstance(output, str)
        or not isinstance(exit_status, int)
        or isinstance(exit_status, bool)
        or not isinstance(duration, (int, float))
        or not isinstance(not_runnable, str)
    ):
        return None
    return RunResult(
        output=output,
        exit_status=exit_status,
        duration=float(duration),
        interpreter=interpreter,
        not_runnable=not_runnable,
    )


def _write_entry(entry: Path, record: dict[str, Any]) -> None:
    """Store *record* in *entry*, in one step; a cache that cannot be written is no cache."""
    with contextlib.suppress(OSError):
        entry.parent.mkdir(parents=True, exist_ok=True)
        write_whole(entry, json.dumps(record))
