"""Finding the Pythons: named in a list, asked at once, and not asked again while unchanged."""

from __future__ import annotations

import json
import os
import stat
from typing import TYPE_CHECKING

import pytest

from importdemo.runner import interpreter
from importdemo.runner.discovery import find_interpreters
from importdemo.runner.interpreter import inspect_interpreter
from importdemo.runner.pythons import split_pythons

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test its own user cache, and no answer remembered by this process."""
    monkeypatch.setenv("IMPORTDEMO_CACHE", str(tmp_path / "cache"))
    interpreter._inspect.cache_clear()
    yield
    interpreter._inspect.cache_clear()


def fake_python(folder: Path, release: str, *, wait_for: int = 0) -> Path:
    """A script that answers as CPython *release*, and counts how often it was asked.

    With *wait_for*, it answers only once that many fakes in *folder*'s
    parent were started, and fails after two seconds: only fakes asked at
    the same time answer.
    """
    stdlib = folder / "lib"
    stdlib.mkdir(parents=True, exist_ok=True)
    (stdlib / "os.py").write_text("# the standard library\n")
    major, minor, micro = (int(part) for part in release.split("."))
    answer = json.dumps(
        {
            "implementation": "cpython",
            "version": [major, minor, micro],
            "release": release,
            "base_prefix": str(folder),
            "stdlib": str(stdlib),
        }
    )
    started = folder.parent / "started"
    wait = (
        f'touch "{started}.{folder.name}"\n'
        "i=0\n"
        f'while [ "$(ls "{started}".* | wc -l)" -lt {wait_for} ]; do\n'
        '  i=$((i+1)); [ "$i" -gt 20 ] && exit 1; sleep 0.1\n'
        "done\n"
    )
    script = folder / "bin" / "python3"
    script.parent.mkdir(parents=True, exist_ok=True)
    script.write_text(
        "#!/bin/sh\nPATH=/usr/bin:/bin\n"
        f'echo asked >> "{folder / "asked"}"\n' + (wait if wait_for else "") + f"echo '{answer}'\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


def times_asked(script: Path) -> int:
    asked = script.parent.parent / "asked"
    return len(asked.read_text().splitlines()) if asked.exists() else 0


def a_new_process() -> None:
    """Forget what this process was told, as a new docs build or pytest session would."""
    interpreter._inspect.cache_clear()


posix_only = pytest.mark.skipif(os.name != "posix", reason="the fake Pythons are sh scripts")


@pytest.mark.parametrize(
    ("text", "pythons"),
    [
        ("python3.12:wasm:3.14", ["python3.12", "wasm:3.14"]),
        ("wasm:3.13:wasm:3.15:/usr/bin/python3", ["wasm:3.13", "wasm:3.15", "/usr/bin/python3"]),
        ("wasm:3.14", ["wasm:3.14"]),
        (":python3.9::", ["python3.9"]),
        ("", []),
    ],
)
def test_a_list_of_pythons_keeps_each_wasm_runtime_whole(text: str, pythons: list[str]) -> None:
    assert split_pythons(text, ":") == pythons


def test_a_windows_list_of_pythons_is_split_on_semicolons() -> None:
    assert split_pythons(r"C:\Python312\python.exe;wasm:3.14", ";") == [
        r"C:\Python312\python.exe",
        "wasm:3.14",
    ]


@posix_only
def test_an_unchanged_python_is_asked_once_across_processes(tmp_path: Path) -> None:
    script = fake_python(tmp_path / "3.12.1", "3.12.1")
    assert inspect_interpreter(str(script)).release == "3.12.1"
    a_new_process()
    assert inspect_interpreter(str(script)).release == "3.12.1"
    assert times_asked(script) == 1


@posix_only
def test_a_reinstalled_python_is_asked_again(tmp_path: Path) -> None:
    script = fake_python(tmp_path / "3.12", "3.12.1")
    assert inspect_interpreter(str(script)).release == "3.12.1"
    a_new_process()
    script.unlink()
    fake_python(tmp_path / "3.12", "3.12.8")  # same path, a new file
    assert inspect_interpreter(str(script)).release == "3.12.8"
    assert times_asked(script) == 2


@posix_only
def test_a_python_whose_standard_library_changed_is_asked_again(tmp_path: Path) -> None:
    script = fake_python(tmp_path / "3.12", "3.12.1")
    inspect_interpreter(str(script))
    a_new_process()
    (tmp_path / "3.12" / "lib" / "os.py").write_text("# a newer standard library\n")
    inspect_interpreter(str(script))
    assert times_asked(script) == 2


@posix_only
def test_a_damaged_remembered_answer_is_asked_again(tmp_path: Path) -> None:
    script = fake_python(tmp_path / "3.12", "3.12.1")
    inspect_interpreter(str(script))
    a_new_process()
    for entry in (tmp_path / "cache" / "interpreters").glob("*.json"):
        entry.write_text(entry.read_text().replace('"release"', '"relaese"'))
    assert inspect_interpreter(str(script)).release == "3.12.1"
    assert times_asked(script) == 2


@posix_only
def test_the_pythons_found_are_asked_at_the_same_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pyenv = tmp_path / "pyenv"
    scripts = [
        fake_python(pyenv / "versions" / release, release, wait_for=3)
        for release in ("3.9.1", "3.10.1", "3.12.1")
    ]
    monkeypatch.setenv("PYENV_ROOT", str(pyenv))
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    found = {python.release: python.executable for python in find_interpreters()}
    for script in scripts:  # each answered: none gave up waiting for the others
        assert found[script.parent.parent.name] == script
