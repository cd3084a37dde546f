"""CPython compiled to WebAssembly (Pyodide under Node.js) as a place to run examples.

``--python wasm:3.14`` runs an example there as ``python main.py`` runs it:
CPython's own main, in a fresh interpreter, with the example's files at the
same paths as a native run. See :mod:`importdemo.wasm.runtimes` for the
pinned releases and how they are installed.
"""

from __future__ import annotations

from importdemo.wasm.runtimes import RUNTIMES, WasmRuntime, wasm_runtime

__all__ = ("RUNTIMES", "WasmRuntime", "wasm_runtime")
