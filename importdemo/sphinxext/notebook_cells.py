"""The cells of a chapter's notebook, as nbformat 4 dictionaries.

A notebook runs each example as its own process, so that its imports start
from nothing, as they do for ``python main.py``: :func:`helper_cell`
defines ``run_example``, which runs it the way the course's tests do (see
:func:`importdemo.runner.run.run_example`): in a fresh copy of its folder, on a
Python that sees only the standard library (a virtual environment made
without packages, as :mod:`importdemo.runner.clean_python` makes), with the same
few environment variables (:data:`importdemo.runner.environment.EXAMPLE_ENVIRONMENT`),
no input, and its output and errors merged in the order written. It
prints the output on stdout, then, on stderr, ``exit status N`` when the
example did not end with 0.

Cell ids are numbered in order, so the same chapter always gives the same
notebook.
"""

from __future__ import annotations

import json
from typing import Any

from importdemo.runner.environment import EXAMPLE_ENVIRONMENT

__all__ = (
    "HELPER_NAMES",
    "Cell",
    "code_cell",
    "file_cells",
    "helper_cell",
    "markdown_cell",
    "python_literal",
    "run_cell",
    "status_line",
)

#: A notebook cell, as nbformat 4 writes it.
Cell = dict[str, Any]
#: The names :func:`helper_cell` defines that tell where runs happen: the
#: folder of the examples' copies and the clean Python's virtual environment.
HELPER_NAMES = ("RUNS", "CLEAN_PYTHON")

_HELPER = '''\
# Each example runs as its own process, the way the course's tests ran it: in a
# fresh copy of its folder, on a Python that sees only the standard library (a
# virtual environment without packages), with a few fixed environment
# variables and no input. So its imports start from nothing, as they do for
# `python main.py`, and this notebook's own imports cannot change its output.
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

RUNS = Path(tempfile.mkdtemp(prefix="importdemo-runs-"))
CLEAN_PYTHON = RUNS / "python"
subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(CLEAN_PYTHON)], check=True)
ENVIRONMENT = {environment}
ENVIRONMENT.update({{name: os.environ[name] for name in ["SYSTEMROOT"] if name in os.environ}})


def run_example(folder, *command, timeout={timeout}):
    """Run `python COMMAND` in a fresh copy of FOLDER; print what it printed."""
    copy = RUNS / Path(folder).name
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(folder, copy, symlinks=True, ignore=shutil.ignore_patterns("__pycache__"))
    home = Path(tempfile.mkdtemp(prefix="home-", dir=RUNS))
    python = CLEAN_PYTHON / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    try:
        done = subprocess.run(
            [str(python), *command],
            cwd=copy,
            env={{**ENVIRONMENT, "HOME": str(home), "TMPDIR": str(home)}},
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired as stopped:
        output, status = stopped.output or b"", None
    else:
        output, status = done.stdout, done.returncode
    text = output.decode("utf-8", "backslashreplace")
    sys.stdout.write(text if text.endswith("\\n") or not text else text + "\\n")
    sys.stdout.flush()
    if status is None:
        print(f"timed out after {{timeout:g}} seconds", file=sys.stderr)
    elif status:
        print(f"exit status {{status if status > 0 else 128 - status}}", file=sys.stderr)
'''


def markdown_cell(text: str, number: int) -> Cell:
    """A Markdown cell of *text*."""
    return {
        "cell_type": "markdown",
        "id": _cell_id(number),
        "metadata": {},
        "source": _lines(text.strip("\n")),
    }


def code_cell(
    source: str,
    number: int,
    *,
    outputs: list[dict[str, Any]] | None = None,
    metadata: dict[str, Any] | None = None,
) -> Cell:
    """A code cell, not executed, holding *outputs*."""
    return {
        "cell_type": "code",
        "execution_count": None,
        "id": _cell_id(number),
        "metadata": metadata or {},
        "outputs": outputs or [],
        "source": _lines(source.rstrip("\n")),
    }


def helper_cell(number: int, *, timeout: float) -> Cell:
    """The cell that defines ``run_example``, runs stopped after *timeout* seconds."""
    environment = json.dumps(EXAMPLE_ENVIRONMENT, indent=4).replace("\n}", ",\n}")
    return code_cell(_HELPER.format(environment=environment, timeout=f"{timeout:g}"), number)


def file_cells(name: str, files: list[tuple[str, bytes]], number: int) -> list[Cell]:
    """Cells that write example *name*'s *files* (relative paths and bytes) into ``name/``.

    The first cell makes the folders, and writes the files ``%%writefile``
    cannot write byte for byte (empty, not UTF-8 text, no final newline);
    each other file gets a ``%%writefile`` cell.
    """
    folders = sorted({_parent(f"{name}/{path}") for path, _ in files} | {name})
    leaves = [folder for folder in folders if not any(f.startswith(folder + "/") for f in folders)]
    setup = [
        f"Path({python_literal(folder)}).mkdir(parents=True, exist_ok=True)" for folder in leaves
    ]
    cells: list[Cell] = []
    for path, data in files:
        target = python_literal(f"{name}/{path}")
        text = _writable(data)
        if text is None:
            setup.append(f"Path({target}).write_bytes({data!r})")
        elif not text:
            setup.append(f"Path({target}).write_text({python_literal('')})  # empty")
        else:
            cells.append(code_cell(f"%%writefile {_magic_path(f'{name}/{path}')}\n{text}", 0))
    cells.insert(0, code_cell("\n".join(setup), 0))
    for offset, cell in enumerate(cells):
        cell["id"] = _cell_id(number + offset)
    return cells


def run_cell(
    name: str,
    command: list[str],
    number: int,
    *,
    output: str | None,
    exit_status: int,
    metadata: dict[str, Any],
) -> Cell:
    """The cell that runs example *name* with *command*, holding *output* (``None``: none)."""
    call = ", ".join(python_literal(part) for part in [name, *command])
    outputs: list[dict[str, Any]] = []
    if output is not None:
        if output:
            outputs.append({"name": "stdout", "output_type": "stream", "text": _lines(output)})
        if exit_status:
            outputs.append(
                {"name": "stderr", "output_type": "stream", "text": [status_line(exit_status)]}
            )
    return code_cell(f"run_example({call})", number, outputs=outputs, metadata=metadata)


def status_line(exit_status: int) -> str:
    """What ``run_example`` prints on stderr when the example ends with *exit_status*."""
    return f"exit status {exit_status}\n"


def python_literal(text: str) -> str:
    """*text* as a Python string literal, in double quotes when it can be."""
    shown = repr(text)
    if shown.startswith("'") and '"' not in text and "\\" not in shown:
        return f'"{text}"'
    return shown


def _writable(data: bytes) -> str | None:
    """The text ``%%writefile`` writes as *data*, or ``None`` when it cannot."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    if text and (not text.endswith("\n") or "\r" in text):
        return None
    return text


def _magic_path(path: str) -> str:
    return f'"{path}"' if any(char.isspace() for char in path) else path


def _parent(path: str) -> str:
    return path.rsplit("/", 1)[0]


def _cell_id(number: int) -> str:
    return f"cell-{number:03d}"


def _lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)
