"""The start-up code of a WebAssembly snapshot: zipimport keeps what it compiles for the next start.

``startup_code.py`` runs inside Pyodide, but it is plain Python over
zipimport, so these tests run it in this machine's CPython, in a process of
its own (it replaces a function of zipimport).
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from importdemo.runner.wasm import workers

STARTUP_CODE = Path(workers.__file__).with_name("startup_code.py")

#: Two starts, each importing two modules from a zip file with the start-up
#: code installed; between them, one module's source changes.
TWO_STARTS = """\
import json, os, sys, zipfile, zipimport

def start(archive, sources, folder):
    with zipfile.ZipFile(archive, "w") as zip_file:
        for name, source in sources.items():
            zip_file.writestr(f"{name}.py", source)
    for name in sources:
        sys.modules.pop(name, None)
    sys.path_importer_cache.clear()
    zipimport._zip_directory_cache.clear()
    namespace = {}
    exec(open(STARTUP_CODE, "rb").read(), namespace)
    namespace["install"](folder)
    values = [__import__(name).VALUE for name in sources]
    compiled = zipimport._importdemo_uninstall()
    return {
        "values": values,
        "compiled": compiled,
        "files": len(os.listdir(folder)),
        "restored": zipimport._compile_source is original,
        "left": sorted(namespace) + [n for n in vars(zipimport) if "importdemo" in n],
    }

original = zipimport._compile_source
folder = os.path.join(WORK, "code")
os.mkdir(folder)
archive = os.path.join(WORK, "start.zip")
sys.path.insert(0, archive)
first = start(archive, {"alpha": "VALUE = 1\\n", "beta": "VALUE = 2\\n"}, folder)
second = start(archive, {"alpha": "VALUE = 1\\n", "beta": "VALUE = 3\\n"}, folder)
print(json.dumps([first, second]))
"""


def test_a_start_loads_the_code_an_earlier_one_left_and_compiles_only_what_changed(
    tmp_path: Path,
) -> None:
    script = f"STARTUP_CODE = {str(STARTUP_CODE)!r}\nWORK = {str(tmp_path)!r}\n" + TWO_STARTS
    completed = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    first, second = json.loads(completed.stdout)
    assert first == {"values": [1, 2], "compiled": 2, "files": 2, "restored": True, "left": []}
    # alpha's code is loaded; beta's changed source is compiled, and its old
    # code, unused by this start, is removed.
    assert second == {"values": [1, 3], "compiled": 1, "files": 2, "restored": True, "left": []}
