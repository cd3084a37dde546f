from shapes import Circle, Square

print("Circle(1).area:", Circle(1).area, "- Square(2).area:", Square(2).area)
print("Circle.__module__:", Circle.__module__, "- repr:", repr(Circle))  # a re-export does not move the class

import shapes

print("shapes.Circle is shapes.circle.Circle:", shapes.Circle is shapes.circle.Circle)
namespace = {}
exec("from shapes import *", namespace)
print("from shapes import * binds:", sorted(key for key in namespace if key != "__builtins__"))
