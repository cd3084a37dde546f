"""A WebAssembly runtime as the runner sees it, and what its runs' failures mean."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from importdemo.runner.interpreter import Interpreter
from importdemo.runner.wasm.runtimes import find_node, install_runtime

if TYPE_CHECKING:
    from importdemo.runner.wasm.runtimes import WasmRuntime

__all__ = ("not_runnable_reason", "wasm_interpreter")

#: The last line of a traceback that says the platform, not the example, failed.
_PLATFORM_LIMITS = (
    (re.compile(r"^RuntimeError: can't start new thread$", re.MULTILINE), "it starts a thread"),
    (re.compile(r"^\w*Error: \[Errno 138\]", re.MULTILINE), "it starts a process"),
)


def wasm_interpreter(runtime: WasmRuntime) -> Interpreter:
    """The runtime as the runner names it in results: installed, or an error saying how."""
    folder = install_runtime(runtime)
    found = find_node()
    assert found is not None  # install_runtime needed it
    major, minor, patch = (int(part) for part in re.findall(r"\d+", runtime.release)[:3])
    return Interpreter(
        executable=found[0],
        implementation="cpython",
        version=(major, minor, patch),
        release=runtime.release,
        base_prefix=folder,
        stdlib=runtime.stdlib,
        webassembly=True,
    )


def not_runnable_reason(output: str, exit_status: int) -> str:
    """Why the run failed for a limit of WebAssembly, not of the example; ``""`` if not."""
    if exit_status == 0:
        return ""
    for pattern, reason in _PLATFORM_LIMITS:
        if pattern.search(output):
            return f"not runnable in WebAssembly: {reason}, which WebAssembly cannot do"
    return ""
