import canvas
import shapes

print("radii on a new canvas:", [shape.radius for shape in canvas.Canvas().shapes])
print("draw's annotations:", shapes.draw.__annotations__)
