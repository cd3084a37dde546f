print("heavy: running now")
TABLE = list(range(3))
