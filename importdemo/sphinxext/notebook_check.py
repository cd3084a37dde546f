"""Check an executed notebook against the outputs it was written with.

Each cell that runs an example (its ``importdemo`` metadata says which, and
where the page shows it) must print what the notebook holds, after the
paths of the run are put back as the runner shows them (see
:func:`importdemo.runner.normalise.normalise_output`): the example's copy as
``<example>``, the standard library as ``<stdlib>``, the clean Python as
``<venv>``, addresses as ``0x...``. A held output the page does not show
(``verified`` false) is a difference too: the page and the run disagree.

Where the runs happened is asked of the kernel itself, by one more cell
(:data:`PLACES_CELL`) run after the notebook's.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from importdemo.pages.diff import output_diff
from importdemo.runner.normalise import normalise_output
from importdemo.sphinxext.notebook_cells import HELPER_NAMES

__all__ = ("PLACES_CELL", "RunPlaces", "notebook_differences", "read_places")

#: The source of a cell that prints, as JSON, where the notebook's runs happen.
PLACES_CELL = (
    "import json as _json, sysconfig as _sysconfig\n"
    f"print(_json.dumps({{'runs': str({HELPER_NAMES[0]}), 'venv': str({HELPER_NAMES[1]}), "
    "'stdlib': _sysconfig.get_paths()['stdlib']}))"
)


@dataclass(frozen=True)
class RunPlaces:
    """Where a kernel ran the examples, as :data:`PLACES_CELL` printed it."""

    #: The folder that holds each example's copy, under its own name.
    runs: Path
    #: The clean Python's virtual environment.
    venv: Path
    #: The standard library's folder.
    stdlib: Path


def read_places(cell: dict[str, Any]) -> RunPlaces:
    """The places an executed :data:`PLACES_CELL` printed."""
    printed = json.loads(_stream(cell, "stdout"))
    return RunPlaces(Path(printed["runs"]), Path(printed["venv"]), Path(printed["stdlib"]))


def notebook_differences(
    written: dict[str, Any], executed: dict[str, Any], *, name: str, places: RunPlaces
) -> list[str]:
    """One message per run cell of *executed* that differs from *written*, naming it.

    *name* names the notebook in the messages; each names the cell (from 1,
    as Jupyter counts), the example, and the page and line of its directive.
    """
    problems = []
    for number, (cell, ran) in enumerate(zip(written["cells"], executed["cells"]), start=1):
        about = cell.get("metadata", {}).get("importdemo")
        if cell["cell_type"] != "code" or not about:
            continue
        where = (
            f"{name}, cell {number} (example {about['example']}, {about['page']}:{about['line']})"
        )
        errors = [output for output in ran["outputs"] if output["output_type"] == "error"]
        if errors:
            problems.append(
                f"{where}: the cell failed: {errors[0]['ename']}: {errors[0]['evalue']}"
            )
            continue
        if not about["verified"]:
            problems.append(
                f"{where}: the page does not show what CPython printed (or the build did not "
                "run it): fix the page (importdemo update) and build again"
            )
        printed = normalise_output(
            _stream(ran, "stdout"),
            example=places.runs / about["example"],
            stdlib=places.stdlib,
            extra=[(places.venv, "<venv>")],
        )
        for stream, expected, got in (
            ("output", _stream(cell, "stdout"), printed),
            ("exit status", _stream(cell, "stderr"), _stream(ran, "stderr")),
        ):
            if expected != got:
                diff = output_diff(
                    expected,
                    got,
                    expected_name="held in the notebook (verified)",
                    actual_name="printed now",
                )
                problems.append(f"{where}: the {stream} differs:\n{diff}")
    return problems


def _stream(cell: dict[str, Any], name: str) -> str:
    return "".join(
        "".join(output["text"]) if isinstance(output["text"], list) else output["text"]
        for output in cell.get("outputs", [])
        if output["output_type"] == "stream" and output["name"] == name
    )
