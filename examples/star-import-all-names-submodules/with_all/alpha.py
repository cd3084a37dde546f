print("Running with_all/alpha.py")
