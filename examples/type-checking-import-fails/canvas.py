from shapes import Circle, draw


class Canvas:
    def __init__(self):
        self.shapes = []
        draw(Circle(1), self)
