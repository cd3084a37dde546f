"""The WebAssembly runtimes, served with the site so that examples run in the page.

The docs build copies from each installed runtime (:mod:`importdemo.runner.wasm.runtimes`)
only the files that loading one takes, into ``_static/importdemo-live/``, so
the site works offline. A file already there with the same size and
modification time is not copied again. With ``importdemo_live_runtime_url``
set, the pages load the same Pyodide release from that address instead, and
nothing is copied.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from importdemo.errors import ExampleError
from importdemo.runner.wasm.runtimes import RUNTIMES, install_runtime

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from importdemo.runner.wasm.runtimes import WasmRuntime

__all__ = ("LIVE_FOLDER", "RUNTIME_FILES", "ServedRuntime", "copy_if_changed", "serve_runtimes")

#: The folder of the site's ``_static`` that holds what live runs load.
LIVE_FOLDER = "importdemo-live"
#: What loading a runtime takes; a release has ``pyodide.asm.mjs`` or ``pyodide.asm.js``.
RUNTIME_FILES = (
    "pyodide.mjs",
    "pyodide.asm.mjs",
    "pyodide.asm.js",
    "pyodide.asm.wasm",
    "python_stdlib.zip",
    "pyodide-lock.json",
)
_NEEDED = frozenset({"pyodide.mjs", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json"})


@dataclass(frozen=True)
class ServedRuntime:
    """One runtime as the pages offer it."""

    runtime: WasmRuntime
    #: Where the pages load it from: relative to ``_static/``, or an absolute URL.
    url: str = ""
    #: The bytes of each file fetched while loading (for a progress bar).
    sizes: dict[str, int] = field(default_factory=dict)
    #: Why it is not offered; ``""`` when it is.
    reason: str = ""


def serve_runtimes(
    static: Path,
    *,
    cdn: str = "",
    install: Callable[[WasmRuntime], Path] = install_runtime,
) -> list[ServedRuntime]:
    """Copy each runtime into *static* (the built site's ``_static``), or point at *cdn*.

    *cdn* is a URL with ``{pyodide}`` for the npm version, such as
    ``https://cdn.jsdelivr.net/npm/pyodide@{pyodide}/``. A runtime that cannot
    be installed is returned with the reason, and not offered.
    """
    served = []
    for runtime in RUNTIMES:
        if cdn:
            served.append(ServedRuntime(runtime, url=cdn.format(pyodide=runtime.pyodide)))
            continue
        try:
            folder = install(runtime)
        except ExampleError as error:
            served.append(ServedRuntime(runtime, reason=str(error)))
            continue
        present = [name for name in RUNTIME_FILES if (folder / name).is_file()]
        missing = sorted(_NEEDED - set(present))
        if missing:
            reason = f"its installation in {folder} lacks {', '.join(missing)}"
            served.append(ServedRuntime(runtime, reason=reason))
            continue
        relative = f"{LIVE_FOLDER}/pyodide-{runtime.pyodide}/"
        sizes = {}
        for name in present:
            copy_if_changed(folder / name, static / relative / name)
            if name.endswith((".wasm", ".zip", ".json")):
                sizes[name] = (folder / name).stat().st_size
        served.append(ServedRuntime(runtime, url=relative, sizes=sizes))
    return served


def copy_if_changed(source: Path, target: Path) -> bool:
    """Copy *source* to *target* unless it is there with the same size and time."""
    stat = source.stat()
    try:
        there = target.stat()
    except FileNotFoundError:
        pass
    else:
        if there.st_size == stat.st_size and there.st_mtime_ns == stat.st_mtime_ns:
            return False
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, target)
    return True
