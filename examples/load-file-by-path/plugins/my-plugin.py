# A file name with a hyphen can never be imported with an import statement.
from __future__ import annotations  # every annotation below is kept as a string

import dataclasses

print("Running", __name__)


@dataclasses.dataclass
class Point:
    x: int
    y: int
