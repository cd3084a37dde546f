"""The runner's contract: isolated, reproducible, bounded runs."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from importdemo import ExampleError, run_example
from importdemo.runner.environment import EXAMPLE_ENVIRONMENT
from importdemo.runner.run import OUTPUT_LIMIT_STATUS, TIMEOUT_STATUS

if TYPE_CHECKING:
    from tests.conftest import MakeExample

EXAMPLES = Path(__file__).parents[2] / "examples"


def test_output_is_what_plain_python_main_py_prints(tmp_path: Path) -> None:
    plain = subprocess.run(
        [sys.executable, "-B", "-E", "-s", "main.py"],
        cwd=EXAMPLES / "module-caching",
        capture_output=True,
        text=True,
        check=True,
    )
    assert run_example(EXAMPLES / "module-caching").output == plain.stdout


def test_stdout_and_stderr_are_merged_in_the_order_written(make_example: MakeExample) -> None:
    folder = make_example(
        main="""
        import sys
        print("one")
        print("two", file=sys.stderr)
        print("three")
        raise SystemExit("four")
        """
    )
    result = run_example(folder)
    assert result.output == "one\ntwo\nthree\nfour\n"
    assert result.exit_status == 1


@pytest.mark.parametrize(
    ("code", "status"),
    [("import sys; sys.exit(3)", 3), ("raise ValueError('no')", 1), ("pass", 0)],
)
def test_the_examples_exit_status_is_passed_through(
    make_example: MakeExample, code: str, status: int
) -> None:
    assert run_example(make_example(main=code)).exit_status == status


def test_an_uncaught_exception_shows_a_traceback_with_placeholders(
    make_example: MakeExample,
) -> None:
    folder = make_example(main="import helper\n", **{"helper.py": "1 / 0\n"})
    output = run_example(folder).output
    assert 'File "<example>/main.py", line 1, in <module>' in output
    assert 'File "<example>/helper.py", line 1, in <module>' in output
    assert output.endswith("ZeroDivisionError: division by zero\n")


def test_the_source_folder_is_never_written_to(make_example: MakeExample) -> None:
    folder = make_example(
        main="""
        import helper
        open("created.txt", "w").write("x")
        """,
        **{"helper.py": "x = 1\n"},
    )
    before = sorted(path.name for path in folder.rglob("*"))
    assert run_example(folder).exit_status == 0
    assert sorted(path.name for path in folder.rglob("*")) == before == ["helper.py", "main.py"]


def test_bytecode_is_written_in_the_copy_and_each_run_starts_without_it(
    make_example: MakeExample,
) -> None:
    folder = make_example(
        main="""
        import os
        print("before:", os.path.exists("__pycache__"))
        import helper
        print("after:", sorted(os.listdir("__pycache__"))[0].startswith("helper."))
        """,
        **{"helper.py": "x = 1\n"},
    )
    (folder / "__pycache__").mkdir()
    (folder / "__pycache__" / "stale.pyc").write_bytes(b"not bytecode")
    assert run_example(folder).output == "before: False\nafter: True\n"


def test_nothing_of_the_callers_environment_reaches_the_example(
    make_example: MakeExample, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in {
        "PYTHONPATH": "/somewhere",
        "PYTHONSTARTUP": "/startup.py",
        "PYTHONDONTWRITEBYTECODE": "1",
        "PYTHONOPTIMIZE": "2",
        "PYTHONWARNINGS": "error",
        "VIRTUAL_ENV": "/venv",
        "FORCE_COLOR": "1",
        "MY_SECRET_TOKEN": "hunter2",
    }.items():
        monkeypatch.setenv(name, value)
    folder = make_example(
        main="""
        import os, sys
        print(sorted(os.environ))
        print(sys.flags.optimize, sys.flags.dont_write_bytecode, sys.warnoptions)
        """
    )
    output = run_example(folder).output
    names = sorted([*EXAMPLE_ENVIRONMENT, "HOME", "TMPDIR"])
    assert output == f"{names}\n0 0 []\n"
    assert "hunter2" not in output


def test_the_example_sees_only_the_standard_library(make_example: MakeExample) -> None:
    # pytest and sybil are installed where the tests run; the example must not see them.
    folder = make_example(
        main="""
        import importlib.util, sys
        print([name for name in ("pytest", "sybil") if importlib.util.find_spec(name)])
        print([path for path in sys.path if "site-packages" in path])
        print(sys.flags.no_site)
        """
    )
    version = f"python{sys.version_info[0]}.{sys.version_info[1]}"
    assert run_example(folder).output == (f"[]\n['<venv>/lib/{version}/site-packages']\n0\n")


def test_standard_input_is_empty(make_example: MakeExample) -> None:
    folder = make_example(
        main="""
        try:
            input("name? ")
        except EOFError:
            print("end of file")
        """
    )
    assert run_example(folder).output == "name? end of file\n"


def test_paths_and_memory_addresses_are_normalised(make_example: MakeExample) -> None:
    folder = make_example(
        main="""
        import os, sys
        print(__file__)
        print(os.getcwd())
        print(sys.argv, repr(sys.path[0]))
        print(os.path.dirname(os.__file__) if os.__file__ else "frozen")
        print(object())
        print(hex(255))
        """
    )
    lines = run_example(folder).output.splitlines()
    assert lines[:3] == ["<example>/main.py", "<example>", "['main.py'] '<example>'"]
    assert lines[3] == "<stdlib>"
    assert lines[4] == "<object object at 0x...>"
    assert lines[5] == "0xff"


def test_bytes_that_are_not_utf8_are_shown_as_escapes(make_example: MakeExample) -> None:
    folder = make_example(main='import sys; sys.stdout.buffer.write(b"ok \\xff\\xfe\\n")\n')
    assert run_example(folder).output == "ok \\xff\\xfe\n"


def test_module_option_runs_python_m(make_example: MakeExample) -> None:
    folder = make_example(
        **{
            "pkg/__init__.py": "",
            "pkg/__main__.py": "from . import tool\nprint(__name__, tool.NAME)\n",
            "pkg/tool.py": "NAME = 'tool'\n",
        }
    )
    result = run_example(folder, module="pkg")
    assert result.output == "__main__ tool\n"


def test_arguments_reach_the_example(make_example: MakeExample) -> None:
    folder = make_example(main="import sys; print(sys.argv)\n")
    assert run_example(folder, args=["a b", "--flag"]).output == "['main.py', 'a b', '--flag']\n"


def test_a_run_past_its_timeout_is_stopped_with_its_children(
    make_example: MakeExample, tmp_path: Path
) -> None:
    pid_file = tmp_path / "child.pid"
    # The child writes its pid before main says "started": the run cannot end
    # before the child exists, and the test then watches that very process.
    folder = make_example(
        main=f"""
        import os, subprocess, sys, time
        subprocess.Popen([sys.executable, "-c",
            "import os, time; open({str(pid_file)!r} + '.tmp', 'w').write(str(os.getpid())); "
            "os.replace({str(pid_file)!r} + '.tmp', {str(pid_file)!r}); time.sleep(60)"])
        while not os.path.exists({str(pid_file)!r}):
            time.sleep(0.01)
        print("started", flush=True)
        time.sleep(60)
        """
    )
    start = time.perf_counter()
    result = run_example(folder, timeout=5)
    assert time.perf_counter() - start < 30
    assert result.exit_status == TIMEOUT_STATUS
    assert result.output == "started\nimportdemo: timed out after 5 seconds\n"
    child = int(pid_file.read_text())
    deadline = time.monotonic() + 10
    while _running(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _running(child), f"the example's child {child} outlived the run"


def _running(pid: int) -> bool:
    """Whether process *pid* exists and is not a zombie (dead, waiting to be reaped)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    if not Path("/proc/self").exists():  # macOS: ask ps
        state = subprocess.run(
            ["ps", "-o", "stat=", "-p", str(pid)], capture_output=True, text=True, check=False
        ).stdout.strip()
        return bool(state) and not state.startswith("Z")
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rpartition(")")[2].split()[0] != "Z"


def test_output_past_the_limit_is_cut_and_the_run_stopped(make_example: MakeExample) -> None:
    folder = make_example(main="while True:\n    print('x' * 1000)\n")
    result = run_example(folder, output_limit=10_000)
    assert result.exit_status == OUTPUT_LIMIT_STATUS
    body, marker = result.output.rsplit("\n", 2)[0], result.output.splitlines()[-1]
    assert len(body) <= 10_000
    assert marker == "importdemo: output cut at 10000 bytes"


def test_a_symlink_inside_the_folder_is_kept(make_example: MakeExample) -> None:
    folder = make_example(main="import alias; print(alias.X)\n", **{"real.py": "X = 'real'\n"})
    (folder / "alias.py").symlink_to("real.py")
    assert run_example(folder).output == "real\n"


def test_a_symlink_out_of_the_folder_is_refused(make_example: MakeExample, tmp_path: Path) -> None:
    (tmp_path / "outside.py").write_text("X = 1\n")
    folder = make_example(main="import outside\n")
    (folder / "outside.py").symlink_to(tmp_path / "outside.py")
    with pytest.raises(ExampleError, match="leads out of the example folder"):
        run_example(folder)


def test_two_runs_of_one_example_at_once_do_not_interfere(make_example: MakeExample) -> None:
    folder = make_example(
        main="""
        import os, time
        open("mine.txt", "x").write(str(os.getpid()))
        time.sleep(0.3)
        print(sorted(os.listdir(".")))
        """
    )
    outputs: list[str] = []
    threads = [
        threading.Thread(target=lambda: outputs.append(run_example(folder).output))
        for _ in range(2)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outputs == ["['main.py', 'mine.txt']\n"] * 2


def test_the_temporary_copy_is_removed_even_after_a_timeout(
    make_example: MakeExample, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setenv("TMPDIR", str(scratch))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    folder = make_example(
        main="import os, time\nos.chmod('.', 0o500)\nprint('locked', flush=True)\ntime.sleep(30)\n"
    )
    assert run_example(folder, timeout=1).exit_status == TIMEOUT_STATUS
    assert os.listdir(scratch) == []


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"timeout": 0}, "timeout must be a positive number"),
        ({"output_limit": 0}, "output limit must be at least one byte"),
        ({"module": "not a module"}, "is not a module name"),
        ({"python": "no-such-python3.99"}, "no Python interpreter"),
    ],
)
def test_a_bad_request_is_a_clear_error(
    make_example: MakeExample, kwargs: dict[str, object], message: str
) -> None:
    with pytest.raises(ExampleError, match=message):
        run_example(make_example(main="pass"), **kwargs)  # type: ignore[arg-type]


def test_a_folder_without_main_py_is_a_clear_error(make_example: MakeExample) -> None:
    folder = make_example(**{"other.py": ""})
    with pytest.raises(ExampleError, match=r"demo: the example folder has no main.py"):
        run_example(folder)


def test_a_run_ends_when_the_example_exits_even_if_a_child_holds_the_output(
    make_example: MakeExample,
) -> None:
    folder = make_example(
        main="""
        import subprocess, sys
        subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
        print("main is done")
        """
    )
    start = time.perf_counter()
    result = run_example(folder, timeout=20)
    assert time.perf_counter() - start < 10
    assert (result.output, result.exit_status) == ("main is done\n", 0)


def test_an_example_killed_by_a_signal_exits_like_a_shell_says(make_example: MakeExample) -> None:
    folder = make_example(main="import os, signal\nos.kill(os.getpid(), signal.SIGTERM)\n")
    assert run_example(folder).exit_status == 128 + 15


def test_output_written_just_before_exit_is_kept_on_a_slow_machine(
    make_example: MakeExample, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A loaded machine: the check for exit comes late, after the example has
    # printed and exited between two waits for output.
    folder = make_example(main='import time\ntime.sleep(0.15)\nprint("last words")\n')
    poll = subprocess.Popen.poll

    def late_poll(self: subprocess.Popen[bytes]) -> int | None:
        time.sleep(0.3)
        return poll(self)

    monkeypatch.setattr(subprocess.Popen, "poll", late_poll)
    result = run_example(folder)
    assert (result.output, result.exit_status) == ("last words\n", 0)
