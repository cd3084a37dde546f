"""CPython compiled to WebAssembly (Pyodide under Node.js) as a place to run examples.

``--python wasm:3.14`` runs an example there as ``python main.py`` runs it:
CPython's own main, in a fresh interpreter restored from a snapshot by a warm
worker (:mod:`importdemo.runner.wasm.workers`). :mod:`importdemo.runner.wasm.runtimes` pins
the releases and installs them.
"""

from __future__ import annotations

from importdemo.runner.wasm.runtimes import RUNTIMES, WasmRuntime, wasm_runtime

__all__ = ("RUNTIMES", "WasmRuntime", "wasm_runtime")
