"""CPython compiled to WebAssembly runs an example exactly as ``python main.py`` does.

The runtimes install from the npm registry on first use. Where one cannot be
installed (no Node.js, no registry), these tests are skipped, saying why;
``IMPORTDEMO_REQUIRE_WASM=1`` (set by CI) turns that skip into a failure.
"""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest

from importdemo.errors import ExampleError
from importdemo.runner import OUTPUT_LIMIT_STATUS, TIMEOUT_STATUS, RunResult, run_example
from importdemo.wasm.runtimes import RUNTIMES, install_runtime

EXAMPLES = Path(__file__).parent.parent / "examples"


def _available(name: str) -> str:
    runtime = next(runtime for runtime in RUNTIMES if runtime.name == name)
    try:
        install_runtime(runtime)
    except ExampleError as error:
        if os.environ.get("IMPORTDEMO_REQUIRE_WASM"):
            pytest.fail(f"{name} is required (IMPORTDEMO_REQUIRE_WASM) but: {error}")
        pytest.skip(f"{name} not checked: {error}")
    return name


@pytest.fixture(params=[runtime.name for runtime in RUNTIMES])
def wasm(request: pytest.FixtureRequest) -> str:
    """Each WebAssembly runtime in turn."""
    return _available(request.param)


@pytest.fixture
def wasm314() -> str:
    """The 3.14 runtime: the one the site runs in the browser by default."""
    return _available("wasm:3.14")


def example(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "example"
    for name, text in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text))
    return folder


def run(folder: Path, python: str, **options: object) -> RunResult:
    return run_example(folder, python=python, **options)  # type: ignore[arg-type]


def test_the_seed_demo_prints_what_the_page_shows_on_every_runtime(wasm: str) -> None:
    native = run_example(EXAMPLES / "module-caching")
    assert run(EXAMPLES / "module-caching", wasm).output == native.output


def test_each_runtime_is_the_cpython_release_it_is_pinned_to(wasm: str, tmp_path: Path) -> None:
    folder = example(tmp_path, {"main.py": "import platform\nprint(platform.python_version())\n"})
    result = run(folder, wasm)
    release = next(runtime.release for runtime in RUNTIMES if runtime.name == wasm)
    assert result.output == f"{release}\n"
    assert result.interpreter.label == f"{release} (WebAssembly)"
    assert result.interpreter.name == f"{wasm.removeprefix('wasm:')}-wasm"


def test_the_program_runs_as_main_from_its_file_with_the_folder_first_on_the_path(
    wasm314: str, tmp_path: Path
) -> None:
    folder = example(
        tmp_path,
        {
            "main.py": """\
                import os, sys
                print(sys.argv, sys.path[0], __name__, __file__)
                print(sorted(name for name in globals() if not name.startswith("__")))
                print(os.__file__)
                print(os.environ["HOME"] != os.getcwd(), os.environ["PYTHONHASHSEED"])
            """,
        },
    )
    result = run(folder, wasm314)
    assert result.output.splitlines() == [
        "['main.py'] <example> __main__ <example>/main.py",
        "['os', 'sys']",
        "<stdlib>/os.py",
        "True 0",
    ]


def test_an_uncaught_exception_prints_cpythons_traceback_without_wrapper_frames(
    wasm314: str, tmp_path: Path
) -> None:
    folder = example(tmp_path, {"main.py": "import helper\n", "helper.py": "1 / 0\n"})
    result = run(folder, wasm314)
    assert result.exit_status == 1
    assert result.output.splitlines() == [
        "Traceback (most recent call last):",
        '  File "<example>/main.py", line 1, in <module>',
        "    import helper",
        '  File "<example>/helper.py", line 1, in <module>',
        "    1 / 0",
        "    ~~^~~",
        "ZeroDivisionError: division by zero",
    ]


@pytest.mark.parametrize(
    ("code", "status", "printed"),
    [("3", 3, ""), ("None", 0, ""), ("'bye'", 1, "bye\n"), ("256 + 7", 7, "")],
)
def test_system_exit_gives_the_exit_status_as_cpython_does(
    wasm314: str, tmp_path: Path, code: str, status: int, printed: str
) -> None:
    folder = example(
        tmp_path,
        {
            "main.py": "import atexit\n"
            "atexit.register(print, 'at exit')\n"
            f"raise SystemExit({code})\n"
        },
    )
    result = run(folder, wasm314)
    assert (result.exit_status, result.output) == (status, printed + "at exit\n")


def test_stdout_and_stderr_are_merged_in_the_order_written(wasm314: str, tmp_path: Path) -> None:
    folder = example(
        tmp_path,
        {"main.py": "import sys\nprint('out', end='')\nsys.stderr.write('err\\n')\nprint('!')\n"},
    )
    assert run(folder, wasm314).output == "outerr\n!\n"


def test_module_runs_like_python_dash_m(wasm314: str, tmp_path: Path) -> None:
    folder = example(
        tmp_path,
        {
            "main.py": "",
            "pkg/__init__.py": "",
            "pkg/__main__.py": "import sys\nprint(__name__, __spec__.name, sys.argv[1:])\n",
        },
    )
    result = run(folder, wasm314, module="pkg", args=["a", "b"])
    assert result.output == "__main__ pkg.__main__ ['a', 'b']\n"


def test_a_run_that_never_ends_is_stopped_at_the_timeout(wasm314: str, tmp_path: Path) -> None:
    folder = example(tmp_path, {"main.py": "while True: pass\n"})
    result = run(folder, wasm314, timeout=5)
    assert result.exit_status == TIMEOUT_STATUS
    assert result.output == "importdemo: timed out after 5 seconds\n"


def test_output_past_the_limit_is_cut(wasm314: str, tmp_path: Path) -> None:
    folder = example(tmp_path, {"main.py": "while True: print('x' * 1000)\n"})
    result = run(folder, wasm314, output_limit=10_000)
    assert result.exit_status == OUTPUT_LIMIT_STATUS
    assert result.output.endswith("importdemo: output cut at 10000 bytes\n")


@pytest.mark.parametrize(
    ("program", "reason"),
    [
        ("import threading\nthreading.Thread(target=print).start()\n", "it starts a thread"),
        ("import subprocess, sys\nsubprocess.run([sys.executable, '-c', ''])\n", "a process"),
    ],
)
def test_what_webassembly_cannot_do_is_reported_as_not_runnable_never_as_a_pass(
    wasm314: str, tmp_path: Path, program: str, reason: str
) -> None:
    result = run(example(tmp_path, {"main.py": program}), wasm314)
    assert result.exit_status != 0
    assert result.not_runnable.startswith("not runnable in WebAssembly: ")
    assert reason in result.not_runnable


def test_an_example_that_fails_on_its_own_is_not_called_not_runnable(
    wasm314: str, tmp_path: Path
) -> None:
    result = run(example(tmp_path, {"main.py": "raise RuntimeError('mine')\n"}), wasm314)
    assert (result.exit_status, result.not_runnable) == (1, "")


def test_a_run_writes_nothing_into_the_example_folder(wasm314: str, tmp_path: Path) -> None:
    folder = example(
        tmp_path,
        {"main.py": "import helper\nopen('made.txt', 'w').write('x')\n", "helper.py": ""},
    )
    run(folder, wasm314)
    assert sorted(path.name for path in folder.iterdir()) == ["helper.py", "main.py"]


def test_each_run_starts_a_fresh_interpreter(wasm314: str, tmp_path: Path) -> None:
    folder = example(
        tmp_path,
        {"main.py": "import sys\nprint('helper' in sys.modules)\nimport helper\n", "helper.py": ""},
    )
    assert run(folder, wasm314).output == run(folder, wasm314).output == "False\n"


def test_an_unknown_runtime_names_the_known_ones(tmp_path: Path) -> None:
    folder = example(tmp_path, {"main.py": ""})
    with pytest.raises(ExampleError, match=r"no WebAssembly runtime 'wasm:2\.7'.*wasm:3\.14"):
        run_example(folder, python="wasm:2.7")
