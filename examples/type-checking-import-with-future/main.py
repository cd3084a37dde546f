import typing

import canvas
import shapes

print("radii on a new canvas:", [shape.radius for shape in canvas.Canvas().shapes])
print("draw's annotations:", shapes.draw.__annotations__)
try:
    typing.get_type_hints(shapes.draw)  # evaluates them, in shapes' globals
except NameError as error:
    print("typing.get_type_hints(shapes.draw) raises NameError:", error)
