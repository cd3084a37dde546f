print("Running helpers")
