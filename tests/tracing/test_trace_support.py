"""The tracer patches private names of importlib: a CPython without them is told, not traced."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

import pytest

from importdemo import ExampleError, run_example
from importdemo.cli import main
from importdemo.runner import run as runner
from importdemo.tracing import trace_command

if TYPE_CHECKING:
    from tests.conftest import MakeExample

VERSION = f"{sys.version_info[0]}.{sys.version_info[1]}"


def without(*names: str) -> object:
    """A trace_command for a CPython whose importlib lacks *names* (``_bootstrap._find_spec``).

    The names are taken out before the tracer starts; ``__future__``, which
    the tracer's first line imports, is imported before, while importing works.
    """
    modules = {
        "_bootstrap": "_frozen_importlib",
        "_bootstrap_external": "_frozen_importlib_external",
    }
    removals = "import __future__, sys; " + "".join(
        f"delattr(sys.modules[{modules[module]!r}], {name!r}); "
        for module, name in (item.split(".") for item in names)
    )

    def command(entry: list[str], *, show_all: bool = False) -> list[str]:
        option, launch, *rest = trace_command(entry, show_all=show_all)
        return [option, removals + launch, *rest]

    return command


def test_a_cpython_without_the_patched_names_is_a_clear_error(
    make_example: MakeExample, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(
        runner,
        "trace_command",
        without("_bootstrap._find_spec", "_bootstrap_external._compile_bytecode"),
    )
    folder = make_example(main="import helper\n", **{"helper.py": "print('hi')\n"})
    assert main(["trace", str(folder)]) == 2
    assert capsys.readouterr().err == (
        f"importdemo: error: tracing is not supported on {VERSION}: its importlib has no "
        "_bootstrap._find_spec, _bootstrap_external._compile_bytecode, which the tracer "
        "patches; run the example without tracing (python -m importdemo run)\n"
    )
    with pytest.raises(ExampleError, match=f"tracing is not supported on {VERSION}: "):
        run_example(folder, trace=True)


def test_a_cpython_with_them_is_traced(make_example: MakeExample) -> None:
    folder = make_example(main="import helper\n", **{"helper.py": "print('hi')\n"})
    assert "\u2502 lookup helper: miss\n" in run_example(folder, trace=True).output
