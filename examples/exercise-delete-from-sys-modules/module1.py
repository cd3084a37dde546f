print("Running module1")
