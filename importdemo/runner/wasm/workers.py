"""Warm Node.js workers that run examples in WebAssembly, each run in a fresh interpreter.

Starting CPython in WebAssembly costs over a second the first time, and a
quarter of that once the code of Pyodide's start-up modules is stored;
restoring one from a memory snapshot and running a typical example in it,
about 55 ms of CPU. A worker (``worker.mjs``) keeps the snapshot and
restores a new interpreter for every run, so no state passes from one run
to the next; it restores the one for the next ``python main.py`` as soon as
it has answered a run, while the caller works on other things, so a run
waits only for the program itself. Snapshots, and the start-up code, are
kept in the user cache (:func:`snapshot_folder`), so a worker that starts
later, in this process or in another, restores from the stored one instead
of starting CPython.

Workers are started when a run first needs one, shared by the threads of a
process, and ended when the process exits: at most :func:`workers_per_runtime`
per runtime. A run that passes its timeout or its output limit ends its
worker; the next run starts a new one.
"""

from __future__ import annotations

import atexit
import base64
import json
import os
import queue
import selectors
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from importdemo.errors import ExampleError
from importdemo.runner.clean_python import cache_root
from importdemo.runner.environment import EXAMPLE_ENVIRONMENT
from importdemo.runner.process import BoundedRun

if TYPE_CHECKING:
    from collections.abc import Sequence

    from importdemo.runner.interpreter import Interpreter

__all__ = (
    "EXAMPLE_MOUNT",
    "end_workers",
    "run_in_worker",
    "snapshot_folder",
    "workers_per_runtime",
)

#: Where a worker mounts the example's folder: ``<example>`` in outputs.
EXAMPLE_MOUNT = Path("/importdemo/example")
_WORKER = Path(__file__).with_name("worker.mjs")
#: Node.js options for a worker. Each restore leaves a whole interpreter
#: behind, and allocating the next one's memory starts a full collection
#: about every second run: done in the main thread, at once rather than in
#: increments between runs, it costs a tenth less CPU each way (measured on
#: 2 cores: 95, then 86, then 78 ms per restore).
_NODE_OPTIONS = ("--single-threaded-gc", "--no-incremental-marking")
#: Seconds a worker may take to start, or to prepare a run, before it is
#: called broken (the example's own timeout starts when it starts running).
_PREPARE_TIMEOUT = 180.0


def snapshot_folder() -> Path:
    """Where workers keep their memory snapshots, one folder per Pyodide release."""
    return cache_root() / "wasm" / "snapshots"


def workers_per_runtime() -> int:
    """How many workers a process may run per runtime: its share of the cores.

    pytest-xdist's workers (``PYTEST_XDIST_WORKER_COUNT``) each run their
    own, so each takes the cores divided by their number, and at least one.
    """
    try:
        processes = int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))
    except ValueError:
        processes = 1
    return max(1, (os.cpu_count() or 1) // max(1, processes))


@dataclass
class _Worker:
    process: subprocess.Popen[bytes]
    selector: selectors.DefaultSelector
    buffer: bytearray
    #: What Node.js itself wrote to stderr, to explain a failure.
    errors: IO[bytes]

    def error_text(self) -> str:
        self.errors.seek(0)
        return self.errors.read().decode(errors="replace").strip()[-800:]

    def close(self) -> None:
        self.errors.close()
        self.selector.close()
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                stream.close()


class _Pool:
    """The idle workers of each runtime, and how many exist."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._idle: dict[Path, queue.SimpleQueue[_Worker]] = {}
        self._count: dict[Path, int] = {}
        self._all: list[_Worker] = []

    def take(self, interpreter: Interpreter) -> _Worker:
        """An idle worker; else a new one, up to :func:`workers_per_runtime`; else one freed."""
        folder = interpreter.base_prefix
        while True:
            with self._lock:
                idle = self._idle.setdefault(folder, queue.SimpleQueue())
                try:
                    return idle.get_nowait()
                except queue.Empty:
                    pass
                start = self._count.get(folder, 0) < workers_per_runtime()
                if start:
                    self._count[folder] = self._count.get(folder, 0) + 1
            if start:
                try:
                    worker = _start(interpreter)
                except BaseException:
                    self.lost(interpreter)
                    raise
                with self._lock:
                    self._all.append(worker)
                return worker
            try:  # a worker that ends instead of coming back frees a place: look again
                return idle.get(timeout=0.2)
            except queue.Empty:
                continue

    def give_back(self, interpreter: Interpreter, worker: _Worker) -> None:
        with self._lock:
            if worker in self._all:
                self._idle.setdefault(interpreter.base_prefix, queue.SimpleQueue()).put(worker)
                return
        worker.close()  # ended by close_all during its run

    def lost(self, interpreter: Interpreter, worker: _Worker | None = None) -> None:
        with self._lock:
            folder = interpreter.base_prefix
            self._count[folder] = max(0, self._count.get(folder, 0) - 1)
            if worker in self._all:
                self._all.remove(worker)
        if worker is not None:
            worker.close()

    def close_all(self) -> None:
        """End every worker; later runs start new ones."""
        with self._lock:
            workers, self._all = self._all, []
            self._idle, self._count = {}, {}
        for worker in workers:
            worker.close()


_POOL = _Pool()


@atexit.register
def end_workers() -> None:
    """End this process's workers; the next run starts a new one, as the first did.

    Done when the process exits. A run in progress meanwhile fails.
    """
    _POOL.close_all()


def run_in_worker(
    interpreter: Interpreter,
    *,
    cwd: Path,
    scratch: Path,
    mounts: Sequence[Path],
    python_args: Sequence[str],
    timeout: float,
    output_limit: int,
) -> BoundedRun:
    """Run *python_args* in a fresh interpreter of *interpreter*, with *cwd* as its folder.

    Bounded like :func:`importdemo.runner.process.run_bounded`: stopped after
    *timeout* seconds of running, or past *output_limit* bytes of output.
    """
    worker = _POOL.take(interpreter)
    request = {
        "cwd": str(cwd),
        "scratch": str(scratch),
        "mounts": [str(path) for path in mounts],
        "args": list(python_args),
    }
    try:
        assert worker.process.stdin is not None
        worker.process.stdin.write(json.dumps(request).encode() + b"\n")
        worker.process.stdin.flush()
        run = _read_run(worker, timeout=timeout, output_limit=output_limit)
    except BaseException:
        _POOL.lost(interpreter, worker)
        raise
    if run.timed_out or run.truncated:
        _POOL.lost(interpreter, worker)  # still running the example: end it
    else:
        _POOL.give_back(interpreter, worker)
    return run


def _start(interpreter: Interpreter) -> _Worker:
    errors = tempfile.TemporaryFile()  # noqa: SIM115 (the worker owns it, and closes it)
    process = subprocess.Popen(
        [
            str(interpreter.executable),
            *_NODE_OPTIONS,
            str(_WORKER),
            str(interpreter.base_prefix),
            str(snapshot_folder()),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=errors,
        env={**EXAMPLE_ENVIRONMENT, "HOME": str(EXAMPLE_MOUNT)},
        cwd="/",
    )
    assert process.stdout is not None
    os.set_blocking(process.stdout.fileno(), False)
    selector = selectors.DefaultSelector()
    selector.register(process.stdout, selectors.EVENT_READ)
    worker = _Worker(process, selector, bytearray(), errors)
    try:
        message = _message(worker, time.monotonic() + _PREPARE_TIMEOUT)
    except BaseException:
        worker.close()
        raise
    if message != {"ready": True}:
        worker.close()
        raise ExampleError(f"the WebAssembly runtime {interpreter.label} did not start: {message}")
    return worker


def _read_run(worker: _Worker, *, timeout: float, output_limit: int) -> BoundedRun:
    message = _message(worker, time.monotonic() + _PREPARE_TIMEOUT)
    if message != {"started": True}:
        raise ExampleError(f"the WebAssembly runtime could not start the run: {message}")
    start = time.monotonic()
    output = bytearray()
    while True:
        message = _message(worker, start + timeout)
        if message is None:
            return BoundedRun(bytes(output), -9, time.monotonic() - start, True, False)
        if "out" in message:
            output += base64.b64decode(str(message["out"]))
            if len(output) > output_limit:
                cut = bytes(output[:output_limit])
                return BoundedRun(cut, -9, time.monotonic() - start, False, True)
        elif isinstance(message.get("status"), int):
            status = int(str(message["status"]))
            return BoundedRun(bytes(output), status, time.monotonic() - start, False, False)
        else:
            raise ExampleError(f"the WebAssembly runtime failed: {message.get('error', message)}")


def _message(worker: _Worker, deadline: float) -> dict[str, object] | None:
    """The worker's next message, or ``None`` when *deadline* passes first."""
    while b"\n" not in worker.buffer:
        left = deadline - time.monotonic()
        if left <= 0 or not worker.selector.select(left):
            return None
        assert worker.process.stdout is not None
        chunk = worker.process.stdout.read(65536)
        if not chunk:
            worker.process.wait()
            raise ExampleError(
                f"the WebAssembly runtime's Node.js process ended "
                f"(status {worker.process.returncode}): {worker.error_text()}"
            )
        worker.buffer += chunk
    line, _, rest = bytes(worker.buffer).partition(b"\n")
    worker.buffer[:] = rest
    try:
        message = json.loads(line)
    except ValueError:
        raise ExampleError(
            f"the WebAssembly runtime wrote something unexpected: {line[-500:]!r}"
        ) from None
    if not isinstance(message, dict):
        raise ExampleError(f"the WebAssembly runtime wrote something unexpected: {line!r}")
    return message
