import importlib

import shapes
from shapes import Point

point = shapes.Point()
print("Reloading shapes")
importlib.reload(shapes)

print("Point from the first 'from shapes import Point' is the new class:", Point is shapes.Point)
print("An old instance is an instance of the new class:", isinstance(point, shapes.Point))

from shapes import Point  # bind the name again, after the reload

print("After running 'from shapes import Point' again:", Point is shapes.Point)
