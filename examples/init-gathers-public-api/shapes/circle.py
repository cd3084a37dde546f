import math


class Circle:
    def __init__(self, radius):
        self.area = round(math.pi * radius**2, 2)
