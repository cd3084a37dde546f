"""Run one command as its own process group, bounded in time and output."""

from __future__ import annotations

import contextlib
import os
import selectors
import signal
import subprocess
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

__all__ = ("BoundedRun", "run_bounded")

_CHUNK = 65536


@dataclass(frozen=True)
class BoundedRun:
    """What a bounded process wrote and how it ended."""

    #: stdout and stderr, merged in the order written, cut at the limit.
    output: bytes
    #: The process's exit status (negative: killed by that signal).
    returncode: int
    #: Wall-clock seconds from start to end.
    duration: float
    #: The deadline passed and the process group was killed.
    timed_out: bool
    #: The output passed the limit and the process group was killed.
    truncated: bool


def run_bounded(
    command: Sequence[str],
    *,
    cwd: Path,
    env: dict[str, str],
    timeout: float,
    output_limit: int,
) -> BoundedRun:
    """Run *command* with empty stdin and stdout and stderr on one pipe.

    The process and all its children are killed when *timeout* seconds pass
    or when more than *output_limit* bytes arrive; the runner never holds
    more than *output_limit* bytes, whatever the process writes.
    """
    start = time.perf_counter()
    process = subprocess.Popen(
        list(command),
        cwd=cwd,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    assert process.stdout is not None
    chunks: list[bytes] = []
    size = 0
    timed_out = truncated = False
    deadline = start + timeout
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        while True:
            remaining = deadline - time.perf_counter()
            if remaining <= 0:
                timed_out = True
                break
            if not selector.select(min(remaining, 0.1)):
                # It may have written its last output and exited since the
                # select: stop only when it has exited and nothing is left to
                # read (then only something it left behind holds the pipe).
                if process.poll() is not None and not selector.select(0):
                    break
                continue
            chunk = os.read(process.stdout.fileno(), _CHUNK)
            if not chunk:
                break
            if size + len(chunk) > output_limit:
                chunks.append(chunk[: output_limit - size])
                truncated = True
                break
            chunks.append(chunk)
            size += len(chunk)
    # Whatever the example left running in its session goes with it.
    _kill_group(process.pid)
    returncode = process.wait()
    process.stdout.close()
    return BoundedRun(
        output=b"".join(chunks),
        returncode=returncode,
        duration=time.perf_counter() - start,
        timed_out=timed_out,
        truncated=truncated,
    )


def _kill_group(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)
