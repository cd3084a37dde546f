import canvas

print("radii on a new canvas:", [shape.radius for shape in canvas.Canvas().shapes])
