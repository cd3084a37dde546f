"""`importdemo trace`: every step of every import, without changing what the example prints."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from importdemo import run_example
from importdemo.runner.discovery import find_interpreters
from importdemo.runner.example_folders import example_names
from importdemo.tracing import PREFIX

ROOT = Path(__file__).parents[2]
EXAMPLES = ROOT / "examples"
MODULES = {"run-package-with-dash-m": "greet"}


def trace_lines(output: str) -> list[str]:
    return [line[len(PREFIX) :] for line in output.splitlines() if line.startswith(PREFIX)]


def without_trace(output: str) -> str:
    return "".join(line for line in output.splitlines(True) if not line.startswith(PREFIX))


PYTHONS = {i.short_version: str(i.executable) for i in find_interpreters()}


@pytest.mark.parametrize("version", PYTHONS)
@pytest.mark.parametrize("name", example_names(EXAMPLES))
def test_removing_the_trace_lines_gives_exactly_what_run_prints(name: str, version: str) -> None:
    folder, module, python = EXAMPLES / name, MODULES.get(name), PYTHONS[version]
    plain = run_example(folder, module=module, python=python)
    traced = run_example(folder, module=module, python=python, trace=True)
    assert without_trace(traced.output) == plain.output
    assert traced.exit_status == plain.exit_status


@pytest.mark.parametrize("version", PYTHONS)
def test_the_example_sees_the_same_sys_modules_when_traced(
    version: str, make_example: object
) -> None:
    folder = make_example(main="import sys\nprint(sorted(sys.modules))\n")  # type: ignore[operator]
    plain = run_example(folder, python=PYTHONS[version])
    traced = run_example(folder, python=PYTHONS[version], trace=True)
    assert without_trace(traced.output) == plain.output


def test_the_seed_demo_shows_the_five_steps_then_a_cache_hit() -> None:
    lines = trace_lines(run_example(EXAMPLES / "module-caching", trace=True).output)
    assert lines == [
        "lookup module1: miss",
        "find   module1: PathFinder \u2192 <example>/module1.py",
        "create module1 (by SourceFileLoader)",
        "cache  module1 in sys.modules",
        "exec   module1: start, compiled and written to __pycache__",
        "exec   module1: end",
        "bind   module1 in globals of __main__",
        "lookup module1: hit",
        "bind   module1 in globals of __main__",
    ]


def test_a_package_import_runs_parents_first_and_sets_attributes() -> None:
    output = run_example(EXAMPLES / "import-dotted-binds-top-package", trace=True).output
    lines = trace_lines(output)
    execs = [line for line in lines if line.startswith("exec") and "start" in line]
    assert [line.split(":")[0].split()[-1] for line in execs] == [
        "shop",
        "shop.cart",
        "shop.cart.totals",
    ]
    assert "bind   cart = shop.cart as an attribute of shop" in lines
    assert lines[-1] == "bind   shop in globals of __main__"


def test_a_circular_import_shows_the_hit_on_the_half_built_module() -> None:
    lines = trace_lines(run_example(EXAMPLES / "circular-import-partial-module", trace=True).output)
    assert "    lookup a: hit" in lines  # indented: while b runs, inside a
    assert any(line.startswith("  exec   b: raised AttributeError") for line in lines)
    assert lines[-2:] == ["  remove b from sys.modules", "remove a from sys.modules"]


def test_a_failing_module_is_removed_from_sys_modules() -> None:
    lines = trace_lines(run_example(EXAMPLES / "failed-import-leaves-no-module", trace=True).output)
    assert "exec   broken: raised RuntimeError: broken cannot finish" in lines
    assert "remove broken from sys.modules" in lines
    assert not any(line.startswith("bind   broken") for line in lines)


def test_each_failed_attempt_is_shown_even_with_the_same_error_object(tmp_path: Path) -> None:
    # The tracer shows an error once, where it is raised, not again at each
    # import it passes through; a later failure is shown again even when its
    # error is the same object, or a new one that got a freed one's id (which
    # hid the second attempt of failed-import-leaves-no-module on 3.15.0rc1).
    (tmp_path / "main.py").write_text(
        "for attempt in (1, 2):\n"
        "    try:\n"
        "        import broken\n"
        "    except RuntimeError:\n"
        "        print('attempt', attempt, 'failed')\n"
    )
    (tmp_path / "helper.py").write_text("ERROR = RuntimeError('broken cannot finish')\n")
    (tmp_path / "broken.py").write_text("import helper\nraise helper.ERROR\n")
    lines = trace_lines(run_example(tmp_path, trace=True).output)
    assert lines.count("exec   broken: raised RuntimeError: broken cannot finish") == 2


def test_a_from_import_binds_the_name_not_the_module() -> None:
    lines = trace_lines(run_example(EXAMPLES / "from-import-binds-name-only", trace=True).output)
    assert "bind   VAT = prices.VAT in globals of __main__" in lines


def test_an_import_in_a_function_binds_in_its_locals() -> None:
    folder = EXAMPLES / "import-binds-in-local-namespace"
    lines = trace_lines(run_example(folder, trace=True).output)
    assert "bind   greeting in locals of use_greeting()" in lines


def test_a_blocked_import_says_so(make_example: object) -> None:
    lines = trace_lines(
        run_example(EXAMPLES / "none-in-sys-modules-blocks-import", trace=True).output
    )
    assert "lookup json: blocked (None in sys.modules)" in lines


def test_standard_library_imports_are_folded_unless_all(make_example: object) -> None:
    folder = make_example(main="import json\n")  # type: ignore[operator]
    folded = trace_lines(run_example(folder, trace=True).output)
    everything = trace_lines(run_example(folder, trace=True, trace_all=True).output)
    assert any("standard-library import(s) folded" in line for line in folded)
    assert not any("json.decoder" in line for line in folded)
    assert any("lookup json.decoder: miss" in line for line in everything)


def test_the_command_line_traces(make_example: object) -> None:
    folder = make_example(main="import helper\n", **{"helper.py": "print('hi')\n"})  # type: ignore[operator]
    result = subprocess.run(
        [sys.executable, "-m", "importdemo", "trace", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0
    assert "\u2502 lookup helper: miss\n" in result.stdout
    assert "\nhi\n" in result.stdout
