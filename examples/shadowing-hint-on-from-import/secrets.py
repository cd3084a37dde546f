print("Running the local secrets.py, not the standard library's")
