"""One scheduler for every caller: each run once, a few at a time, ahead of who waits for it.

The pytest plugin, the Sphinx extension and ``importdemo update`` ask for
runs as :class:`~importdemo.runner.run.RunRequest` objects and get futures.
Equal requests share one run. With a cache folder, a result stored by an
earlier run is recalled instead (see :mod:`importdemo.runner.result_cache`).
"""

from __future__ import annotations

import os
import threading
import weakref
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING

from importdemo.runner.result_cache import cached_run

if TYPE_CHECKING:
    from pathlib import Path
    from types import TracebackType

    from importdemo.runner.run import RunRequest, RunResult

__all__ = ("RunCounts", "Scheduler", "run_ahead_width")


def run_ahead_width() -> int:
    """How many examples to run at once: twice the cores.

    A run spends part of its time starting a process and waiting on it, so
    one run per core leaves cores idle (measured on 2 cores: the doc tests
    took 4.8 s with 2 at once, 3.9 s with 4).
    """
    return 2 * (os.cpu_count() or 1)


@dataclass(frozen=True)
class RunCounts:
    """How many results a scheduler recalled, and how many runs it made."""

    recalled: int = 0
    """Results stored earlier, recalled instead of run."""
    ran: int = 0
    """Runs made."""


class Scheduler:
    """The runs of one test session, docs build or update: each request run once.

    Runs happen in a pool of *width* threads (default
    :func:`run_ahead_width`), in the order they were asked for. With a
    *cache* folder, a stored result is recalled instead of run, unless
    *reuse* is false; every result is stored there (see
    :func:`~importdemo.runner.result_cache.cached_run`, which also says what
    *fresh_since* means). Without one, every request runs.

    :meth:`shutdown` (or leaving a ``with`` block) cancels the runs not
    started yet; a run already started ends by its timeout at the latest. A
    process that ends without it (Ctrl-C) cancels them too, before it waits
    for the pool's threads. A scheduler serves the process that made it: a
    process forked from it has none of its threads, and must make its own.
    """

    def __init__(
        self,
        *,
        cache: Path | None = None,
        reuse: bool = True,
        fresh_since: float | None = None,
        width: int | None = None,
    ) -> None:
        self.cache = cache
        self.reuse = reuse
        self.fresh_since = fresh_since
        self._pool = ThreadPoolExecutor(
            max_workers=width or run_ahead_width(), thread_name_prefix="importdemo-run"
        )
        self._runs: dict[RunRequest, Future[RunResult]] = {}
        self._lock = threading.Lock()
        self._recalled = 0
        self._ran = 0
        self._owner = os.getpid()
        _LIVE.add(self)

    def submit(self, request: RunRequest) -> Future[RunResult]:
        """The future result of *request*: started now, or the one asked for before.

        Its ``result()`` raises what the run raised, such as
        :class:`~importdemo.errors.ExampleError` for a folder without
        ``main.py``, and :class:`~concurrent.futures.CancelledError` once the
        scheduler was shut down before the run started.
        """
        if os.getpid() != self._owner:
            raise RuntimeError("a Scheduler runs examples for the process that made it only")
        with self._lock:
            future = self._runs.get(request)
            if future is None:
                future = self._runs[request] = self._pool.submit(self._execute, request)
        return future

    def result(self, request: RunRequest) -> RunResult:
        """The result of *request*, waiting for it (see :meth:`submit`)."""
        return self.submit(request).result()

    def counts(self) -> RunCounts:
        """How many results were recalled and how many runs were made so far."""
        with self._lock:
            return RunCounts(recalled=self._recalled, ran=self._ran)

    def shutdown(self, *, cancel_futures: bool = True, wait: bool = True) -> None:
        """Take no more requests; cancel the queued runs; with *wait*, wait for started ones."""
        _LIVE.discard(self)
        if os.getpid() == self._owner:
            self._pool.shutdown(wait=wait, cancel_futures=cancel_futures)

    def __enter__(self) -> Scheduler:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.shutdown(cancel_futures=True)

    def _execute(self, request: RunRequest) -> RunResult:
        if self.cache is None:
            result, recalled = request.run(), False
        else:
            result, recalled = cached_run(
                request, cache=self.cache, reuse=self.reuse, fresh_since=self.fresh_since
            )
        with self._lock:
            if recalled:
                self._recalled += 1
            else:
                self._ran += 1
        return result


#: The schedulers not shut down yet, whose queued runs a process that ends cancels.
_LIVE: weakref.WeakSet[Scheduler] = weakref.WeakSet()


def _cancel_queued_runs() -> None:
    """At the end of the process, before its threads are waited for: drop the queued runs.

    ``concurrent.futures`` lets a pool's threads finish every queued item
    before the interpreter exits, so a build stopped with Ctrl-C would wait
    for every run it had queued. This runs first (the threading module's
    exit hooks run newest first), and cancels them.
    """
    for scheduler in list(_LIVE):
        scheduler.shutdown(cancel_futures=True, wait=False)


# The hook concurrent.futures itself uses to stop its pools' threads at exit.
_register_at_thread_exit = getattr(threading, "_register_atexit", None)
if _register_at_thread_exit is not None:
    _register_at_thread_exit(_cancel_queued_runs)
