print("first: running now")
