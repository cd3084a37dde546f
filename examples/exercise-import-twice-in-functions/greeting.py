print("Running greeting")
