print("Running config")
PORT = int("eighty")  # a bug: raises ValueError while config is being imported
