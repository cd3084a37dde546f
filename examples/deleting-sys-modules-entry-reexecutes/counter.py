print("Running counter")
count = 0
