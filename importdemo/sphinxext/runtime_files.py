"""The WebAssembly runtimes, served with the site so that examples run in the page.

The docs build copies from each installed runtime (:mod:`importdemo.runner.wasm.runtimes`)
only the files that loading one takes, into ``_static/importdemo-live/``, so
the site works offline. A file already there is not copied again: a build
keys each copy on the runtime's lock file (an installed runtime never
changes: ``npm ci`` checked every file against that lock, and another
release installs elsewhere), with the file's name and size, and skips it
while its record (:mod:`importdemo.sphinxext.written_files`) says the copy
is still the one it made; without a record, the bytes are compared. With
``importdemo_live_runtime_url`` set, the pages load the same Pyodide release
from that address instead, and nothing is copied.
"""

from __future__ import annotations

import filecmp
import shutil
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from importdemo.errors import ExampleError
from importdemo.runner.wasm.runtimes import RUNTIMES, install_runtime
from importdemo.sphinxext.written_files import content_key

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from importdemo.runner.wasm.runtimes import WasmRuntime
    from importdemo.sphinxext.written_files import WrittenFiles

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
    written: WrittenFiles | None = None,
) -> list[ServedRuntime]:
    """Copy each runtime into *static* (the built site's ``_static``), or point at *cdn*.

    *cdn* is a URL with ``{pyodide}`` for the npm version, such as
    ``https://cdn.jsdelivr.net/npm/pyodide@{pyodide}/``. A runtime that cannot
    be installed is returned with the reason, and not offered. *written* is
    the build's record of what it copied before.
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
        lock = (runtime.lock_folder / "package-lock.json").read_bytes()
        sizes = {}
        for name in present:
            size = (folder / name).stat().st_size
            key = content_key(lock, name, str(size))
            copy_if_changed(folder / name, static / relative / name, written=written, key=key)
            if name.endswith((".wasm", ".zip", ".json")):
                sizes[name] = size
        served.append(ServedRuntime(runtime, url=relative, sizes=sizes))
    return served


def copy_if_changed(
    source: Path, target: Path, *, written: WrittenFiles | None = None, key: str = ""
) -> bool:
    """Copy *source* to *target* unless *target* holds its bytes already; say whether it copied.

    With the build's record *written*, *target* is left alone while the
    record says it was copied from *key* (by default, a digest of *source*'s
    bytes) and is still that copy. Without, the two files' bytes are compared.
    """
    if written is not None:
        key = key or content_key(source.read_bytes())
        if written.current(target, key):
            return False
    elif target.is_file() and filecmp.cmp(source, target, shallow=False):
        return False
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, target)
    if written is not None:
        written.wrote(target, key)
    return True
