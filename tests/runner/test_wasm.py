"""CPython compiled to WebAssembly runs an example exactly as ``python main.py`` does.

The runtimes install from the npm registry on first use. Where one cannot be
installed (no Node.js, no registry), these tests are skipped, saying why;
``IMPORTDEMO_REQUIRE_WASM=1`` (set by CI) turns that skip into a failure.
"""

from __future__ import annotations

import json
import os
import subprocess
import textwrap
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from importdemo.errors import ExampleError
from importdemo.runner.run import OUTPUT_LIMIT_STATUS, TIMEOUT_STATUS, RunResult, run_example
from importdemo.runner.wasm import workers
from importdemo.runner.wasm.runtimes import RUNTIMES, find_node, install_runtime

if TYPE_CHECKING:
    from collections.abc import Iterator

EXAMPLES = Path(__file__).parents[2] / "examples"


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


#: Prints what a run sees of its folders: what the next runs must not see.
SHOWS_ITS_FOLDERS = """\
import os, sys
open("made.txt", "w").write("x")
open(os.path.join(os.environ["HOME"], "home.txt"), "w").write("x")
print(sorted(os.listdir(".")), os.listdir(os.environ["HOME"]), sys.path[0] == os.getcwd())
"""


def test_an_interpreter_restored_ahead_sees_only_the_folders_of_the_run_that_takes_it(
    wasm314: str, tmp_path: Path
) -> None:
    # A worker restores the interpreter for the next `python main.py` while it
    # waits, and mounts the folders of the run that takes it; a run with other
    # arguments in between restores its own and leaves that one waiting.
    first = example(tmp_path / "first", {"main.py": SHOWS_ITS_FOLDERS, "first.py": ""})
    between = example(tmp_path / "between", {"main.py": "", "pkg/__main__.py": SHOWS_ITS_FOLDERS})
    last = example(tmp_path / "last", {"main.py": SHOWS_ITS_FOLDERS, "last.py": ""})
    assert run(first, wasm314).output == "['first.py', 'made.txt', 'main.py'] ['home.txt'] True\n"
    assert run(between, wasm314, module="pkg").output == (
        "['made.txt', 'main.py', 'pkg'] ['home.txt'] True\n"
    )
    assert run(last, wasm314).output == "['last.py', 'made.txt', 'main.py'] ['home.txt'] True\n"


def node_script(source: str) -> object:
    """What the Node.js module *source* prints, as JSON; it may import this package's .mjs files."""
    found = find_node()
    if found is None:
        pytest.skip("no Node.js")
    completed = subprocess.run(
        [str(found[0]), "--input-type=module", "-e", source],
        cwd=Path(workers.__file__).parent,
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    return json.loads(completed.stdout)


def test_a_restore_leaves_memory_exactly_as_a_whole_copy_does() -> None:
    # Snapshot pages of zeros are not copied where the memory holds zeros
    # already; where it does not (the module's own data), they are.
    copies = node_script("""
        import { copySparsely } from "./sparse_copy.mjs";
        const page = 4096;
        const snapshot = new Uint8Array(16 + 12 * page).subarray(16);  // a view, as Pyodide's is
        snapshot.fill(7, 0, page);                 // data, zeros, data, zeros...
        snapshot.fill(9, 2 * page, 3 * page + 5);
        snapshot[12 * page - 1] = 1;
        copySparsely(snapshot);
        const results = [];
        for (const dirty of [[], [page + 3, 5 * page], [11 * page + 1]]) {
          const memory = new Int8Array(14 * page);
          for (const at of dirty) memory[at] = -1;  // what the module wrote before the restore
          const expected = Int8Array.from(memory);
          expected.set(new Int8Array(snapshot.buffer, snapshot.byteOffset, snapshot.length));
          memory.set(snapshot);
          results.push(memory.every((byte, at) => byte === expected[at]));
        }
        console.log(JSON.stringify(results));
    """)
    assert copies == [True, True, True]


def test_the_runtime_is_compiled_without_the_cxx_library_exports_only() -> None:
    # Pyodide exports libc++ ("_Z..." names) for C++ extension modules, which
    # examples never load; every other export stays, and so does any _Z
    # symbol the module takes the address of through its offset table.
    kept = node_script("""
        import { withoutExports } from "./pyodide_files.mjs";
        const text = (s) => [s.length, ...Buffer.from(s)];
        const section = (id, body) => [id, body.length, ...body];
        const bytes = new Uint8Array([
          0, 0x61, 0x73, 0x6d, 1, 0, 0, 0,
          ...section(1, [1, 0x60, 0, 0]),
          ...section(2, [1, ...text("GOT.func"), ...text("_Zkept"), 3, 0x7f, 1]),
          ...section(3, [3, 0, 0, 0]),
          ...section(7, [3, ...text("_Zkept"), 0, 0, ...text("_Zgone"), 0, 1]
            .concat([...text("Py_Kept"), 0, 2])),
          ...section(10, [3, 2, 0, 0x0b, 2, 0, 0x0b, 2, 0, 0x0b]),
        ]);
        const stripped = withoutExports(bytes, (name) => name.startsWith("_Z"));
        const exports = WebAssembly.Module.exports(new WebAssembly.Module(stripped));
        console.log(JSON.stringify(exports.map((entry) => entry.name)));
    """)
    assert kept == ["_Zkept", "Py_Kept"]


def test_ctypes_still_finds_the_c_api_and_calls_back_into_python(wasm: str, tmp_path: Path) -> None:
    # The interpreter enters a C symbol in its function table when first asked
    # for it (see lazy_symbols.mjs): dlsym and callbacks must still find theirs.
    folder = example(
        tmp_path,
        {
            "main.py": """\
                import ctypes
                from_long = ctypes.pythonapi.PyLong_FromLong
                from_long.restype, from_long.argtypes = ctypes.py_object, [ctypes.c_long]
                print(from_long(41) + 1)
                twice = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_int)(lambda n: n * 2)
                print(twice(21), ctypes.pythonapi.Py_IsInitialized())
            """
        },
    )
    assert run(folder, wasm).output == "42\n42 1\n"


def test_a_c_function_found_by_name_has_the_address_that_c_code_holds(
    wasm: str, tmp_path: Path
) -> None:
    # A function that C code already points to (int's tp_alloc, tp_getattro)
    # keeps its one slot in the function table when ctypes asks for it by
    # name: the patched glue looks a WebAssembly function up in the table
    # before it gives it a slot (see lazy_symbols.mjs).
    folder = example(
        tmp_path,
        {
            "main.py": """\
                import ctypes
                int_type = list((ctypes.c_uint32 * 64).from_address(id(int)))
                for name in ("PyType_GenericAlloc", "PyObject_GenericGetAttr"):
                    function = getattr(ctypes.pythonapi, name)
                    print(name, ctypes.cast(function, ctypes.c_void_p).value in int_type)
            """
        },
    )
    assert run(folder, wasm).output == "PyType_GenericAlloc True\nPyObject_GenericGetAttr True\n"


def test_every_runtime_is_set_up_by_the_patched_pyodide_glue(wasm: str) -> None:
    # A Pyodide release laid out otherwise than the patches expect would fall
    # back to its own glue: never wrong, but a sixth slower. This says so.
    runtime = next(runtime for runtime in RUNTIMES if runtime.name == wasm)
    glue = node_script(f"""
        import {{ patchedGlue }} from "./lazy_symbols.mjs";
        const {{ hash }} = await patchedGlue({json.dumps(str(runtime.pyodide_folder))});
        console.log(JSON.stringify(hash));
    """)
    assert glue != "stock"


def test_the_patched_glue_is_written_once_beside_pyodides_and_replaces_old_copies(
    tmp_path: Path,
) -> None:
    # A copy left by an older importdemo goes once an hour old; a newer one may
    # still be starting a worker, so it stays.
    folder = tmp_path / "pyodide"
    folder.mkdir()
    texts = node_script("""
        import { LAYOUTS } from "./lazy_symbols.mjs";
        const { edits } = LAYOUTS.find(({ file }) => file === "pyodide.asm.mjs");
        console.log(JSON.stringify(edits.map(([text]) => text)));
    """)
    assert isinstance(texts, list)
    (folder / "pyodide.asm.mjs").write_text(  # each text once, in a comment
        f"export default function setUp() {{}}\n/*{''.join(texts)}*/\n"
    )
    for name, age in (("old", 7200), ("recent", 60)):
        copy = folder / f"pyodide.asm.importdemo-{name}.mjs"
        copy.write_text("export default null;\n")
        os.utime(copy, (time.time() - age, time.time() - age))
    glue = node_script(f"""
        import {{ patchedGlue }} from "./lazy_symbols.mjs";
        const first = await patchedGlue({json.dumps(str(folder))});
        const again = await patchedGlue({json.dumps(str(folder))});
        console.log(JSON.stringify([first.hash, again.hash,
          typeof first.create]));
    """)
    assert isinstance(glue, list)
    first, again, kind = glue
    assert first == again != "stock"
    assert kind == "function"
    assert sorted(path.name for path in folder.iterdir()) == [
        f"pyodide.asm.importdemo-{first}.mjs",
        "pyodide.asm.importdemo-recent.mjs",
        "pyodide.asm.mjs",
    ]
    assert (
        "importdemoOnlyInGOT(origExports)"
        in (folder / f"pyodide.asm.importdemo-{first}.mjs").read_text()
    )


def test_the_glue_is_patched_only_where_each_edit_finds_its_text_once() -> None:
    patched = node_script("""
        import { patchGlue } from "./lazy_symbols.mjs";
        const edits = [["var GOT={};", "var GOT={};var added;"], ["f(x);", "g(x);"]];
        console.log(JSON.stringify([
          patchGlue("var GOT={};f(x);", edits),
          patchGlue("var GOT={};h(x);", edits),          // a text missing
          patchGlue("var GOT={};f(x);f(x);", edits),     // a text twice
          patchGlue("var GOT={};f($&);", [["f($&);", "g($&);"]]),  // replaced as written
        ]));
    """)
    assert patched == ["var GOT={};var added;g(x);", None, None, "var GOT={};g($&);"]


def test_an_unknown_runtime_names_the_known_ones(tmp_path: Path) -> None:
    folder = example(tmp_path, {"main.py": ""})
    with pytest.raises(ExampleError, match=r"no WebAssembly runtime 'wasm:2\.7'.*wasm:3\.14"):
        run_example(folder, python="wasm:2.7")


@pytest.fixture
def snapshots(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A snapshot folder of its own, for workers of its own, ended after the test."""
    folder = tmp_path / "snapshots"
    workers.end_workers()  # those started before keep their snapshots in the user cache
    monkeypatch.setattr(workers, "snapshot_folder", lambda: folder)
    yield folder
    workers.end_workers()


def stored(folder: Path) -> list[Path]:
    return sorted(folder.glob("*/*.snapshot.*"))


def test_a_new_worker_restores_from_the_snapshot_stored_by_an_earlier_one(
    wasm314: str, tmp_path: Path, snapshots: Path
) -> None:
    folder = example(tmp_path, {"main.py": "print('hi')\n"})
    assert run(folder, wasm314).output == "hi\n"
    [snapshot] = stored(snapshots)
    made = snapshot.stat().st_ino
    workers.end_workers()
    assert run(folder, wasm314).output == "hi\n"
    assert stored(snapshots) == [snapshot]
    assert snapshot.stat().st_ino == made  # read, not made and written again


#: Prints what an interpreter holds as it starts: its modules, a hash of the
#: code of their functions, and the garbage collector's counts.
FINGERPRINT = """\
import gc, hashlib, marshal, sys
code = hashlib.sha256()
for name in sorted(sys.modules):
    for value in list(getattr(sys.modules[name], "__dict__", {}).values()):
        if type(getattr(value, "__code__", None)).__name__ == "code":
            code.update(marshal.dumps(value.__code__))
print(len(sys.modules), code.hexdigest()[:16], gc.get_count())
print([(stats["collections"], stats["collected"]) for stats in gc.get_stats()])
"""


def test_every_snapshot_and_run_starts_from_the_same_interpreter_whatever_came_first(
    wasm: str, tmp_path: Path, snapshots: Path
) -> None:
    # The first snapshot compiles Pyodide's start-up modules and stores their
    # code; later ones load it (see startup_code.mjs), which leaves the
    # collector's counts otherwise, unless the first is taken from a start
    # that loaded it too. Nor may a snapshot or a run depend on what its
    # worker did before: made the stored one or read it, ran another first.
    folder = example(tmp_path, {"main.py": FINGERPRINT})
    first = run(folder, wasm).output  # the worker makes the snapshot: code compiled
    first_module = run(folder, wasm, module="main").output  # made after that one
    [code] = snapshots.glob("*/*-startup-code.*")
    kept = code.stat().st_ino
    for snapshot in stored(snapshots):
        snapshot.unlink()
    workers.end_workers()
    assert run(folder, wasm).output == first  # made again, from the stored code
    assert code.stat().st_ino == kept  # loaded; nothing compiled, nothing written again
    workers.end_workers()
    assert run(folder, wasm, module="main").output == first_module  # made by a worker that read
    assert run(folder, wasm).output == first  # restored ahead, run after another


@pytest.mark.parametrize("damage", ["garbage", "truncated", "another release's"])
def test_a_damaged_stored_snapshot_is_made_again_and_replaced(
    wasm314: str, tmp_path: Path, snapshots: Path, damage: str
) -> None:
    folder = example(tmp_path, {"main.py": "import sys\nprint(sys.argv)\n"})
    run(folder, wasm314)
    [snapshot] = stored(snapshots)
    if damage == "another release's":  # whole, but Pyodide refuses it
        run(folder, _available("wasm:3.13"))
        [other] = (path for path in stored(snapshots) if path != snapshot)
        snapshot.write_bytes(other.read_bytes())
    else:
        whole = snapshot.read_bytes()
        snapshot.write_bytes(b"not a snapshot" if damage == "garbage" else whole[: len(whole) // 2])
    damaged = snapshot.read_bytes()
    workers.end_workers()
    assert run(folder, wasm314).output == "['main.py']\n"
    assert snapshot.read_bytes() != damaged
    replaced = snapshot.stat().st_ino
    workers.end_workers()  # and the replacement is whole: read as it is
    assert run(folder, wasm314).output == "['main.py']\n"
    assert snapshot.stat().st_ino == replaced


def test_a_lock_left_by_a_worker_that_ended_does_not_stop_the_next_one(
    wasm314: str, tmp_path: Path, snapshots: Path
) -> None:
    folder = example(tmp_path, {"main.py": "print('hi')\n"})
    run(folder, wasm314)
    [snapshot] = stored(snapshots)
    snapshot.unlink()
    lock = snapshot.with_name(snapshot.name + ".lock")
    lock.write_text("12345")
    os.utime(lock, (0, 0))  # long ago: its worker ended while making the snapshot
    workers.end_workers()
    assert run(folder, wasm314).output == "hi\n"
    assert stored(snapshots) == [snapshot]
    assert not lock.exists()


def test_a_snapshot_folder_that_cannot_be_written_only_costs_time(
    wasm314: str, tmp_path: Path, snapshots: Path
) -> None:
    snapshots.write_text("a file, not a folder")
    folder = example(tmp_path, {"main.py": "print('hi')\n"})
    assert run(folder, wasm314).output == "hi\n"
    workers.end_workers()
    assert run(folder, wasm314).output == "hi\n"


#: Prints whether an earlier run left anything behind in the interpreter, then
#: leaves what it can: a file, a variable, a builtin, a module, and bytes
#: written over the standard library's zip file.
LEAVES_STATE_BEHIND = """\
import builtins, os, sys, zlib
stdlib = next(entry for entry in sys.path if entry.endswith(".zip"))
with open(stdlib, "rb") as file:
    checksum = zlib.crc32(file.read())
print(
    os.path.exists("/tmp/left-behind"),
    "LEFT_BEHIND" in os.environ,
    hasattr(builtins, "left_behind"),
    "helper" in sys.modules,
    checksum,
)
import helper
open("/tmp/left-behind", "w").write("x")
os.environ["LEFT_BEHIND"] = "1"
builtins.left_behind = True
with open(stdlib, "r+b") as file:
    file.write(b"left behind")
"""


def test_no_state_of_an_earlier_run_survives_in_a_worker_or_in_a_stored_snapshot(
    wasm314: str, tmp_path: Path, snapshots: Path
) -> None:
    folder = example(tmp_path, {"main.py": LEAVES_STATE_BEHIND, "helper.py": ""})
    first = run(folder, wasm314).output
    assert first.startswith("False False False False ")
    outputs = [run(folder, wasm314).output]  # the same worker, its snapshot in memory
    workers.end_workers()
    outputs.append(run(folder, wasm314).output)  # a new worker, its snapshot read from disk
    assert outputs == [first, first]


def test_each_pytest_xdist_worker_takes_its_share_of_the_cores(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(os, "cpu_count", lambda: 4)
    monkeypatch.delenv("PYTEST_XDIST_WORKER_COUNT", raising=False)
    assert workers.workers_per_runtime() == 4
    monkeypatch.setenv("PYTEST_XDIST_WORKER_COUNT", "2")
    assert workers.workers_per_runtime() == 2
    monkeypatch.setenv("PYTEST_XDIST_WORKER_COUNT", "8")
    assert workers.workers_per_runtime() == 1
