print("This local os.py never runs: os was imported before main.py started")
