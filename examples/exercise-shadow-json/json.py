print("Running the local json.py")
