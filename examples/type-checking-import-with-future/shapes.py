from __future__ import annotations  # annotations are kept as strings, not run

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # False when the program runs: this import never happens
    from canvas import Canvas


class Circle:
    def __init__(self, radius):
        self.radius = radius


def draw(shape: Circle, canvas: Canvas) -> None:
    canvas.shapes.append(shape)
