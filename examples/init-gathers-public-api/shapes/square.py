class Square:
    def __init__(self, side):
        self.area = side * side
