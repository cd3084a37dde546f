import units

print("Running shapes")


class Point:
    pass
