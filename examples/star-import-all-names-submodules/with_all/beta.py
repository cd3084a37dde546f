print("Running with_all/beta.py")
