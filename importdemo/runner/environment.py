"""The environment variables an example runs with, and nothing else."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ("EXAMPLE_ENVIRONMENT", "example_environment")

#: Every variable an example sees, apart from ``HOME`` and ``TMPDIR``, which
#: point into the run's own temporary folder. Nothing of the caller's
#: environment is passed on.
EXAMPLE_ENVIRONMENT: dict[str, str] = {
    "PATH": "/usr/local/bin:/usr/bin:/bin",
    "LANG": "C.UTF-8",
    "LC_ALL": "C.UTF-8",
    "PYTHONHASHSEED": "0",
    "PYTHONUNBUFFERED": "1",
    "PYTHONNOUSERSITE": "1",
}


def example_environment(scratch: Path) -> dict[str, str]:
    """The environment for one run whose private scratch folder is *scratch*."""
    return {**EXAMPLE_ENVIRONMENT, "HOME": str(scratch), "TMPDIR": str(scratch)}
