print("Running units")
