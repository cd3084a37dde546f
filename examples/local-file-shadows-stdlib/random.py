print("Running the local random.py, not the standard library's")
