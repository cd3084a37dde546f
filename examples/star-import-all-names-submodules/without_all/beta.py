print("Running without_all/beta.py")
