print("Running shapes")
sides = {"triangle": 3, "square": 4}
