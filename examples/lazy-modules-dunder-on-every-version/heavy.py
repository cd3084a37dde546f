print("heavy: running now")
