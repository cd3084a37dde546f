# A file name with a hyphen can never be imported with an import statement.
from __future__ import annotations  # every annotation below is kept as a string

import dataclasses
from typing import ClassVar

print("Running", __name__)


@dataclasses.dataclass
class Point:
    x: int
    y: int
    dimensions: ClassVar[int] = 2  # a class variable: not a field
