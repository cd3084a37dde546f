print("Running buggy")
PORT = int("eighty")
