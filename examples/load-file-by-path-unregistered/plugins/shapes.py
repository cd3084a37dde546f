from __future__ import annotations


class Point:  # a plain class this time, so the module runs to the end
    origin: Point  # an annotation naming a class of this module

    def __init__(self, x, y):
        self.x = x
        self.y = y
