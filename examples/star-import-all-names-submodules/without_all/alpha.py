print("Running without_all/alpha.py")
