print("Running greeting.py")
