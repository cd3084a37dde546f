print("Running helper")
