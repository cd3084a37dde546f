print("tools.heavy: running now")
TABLE = list(range(3))
