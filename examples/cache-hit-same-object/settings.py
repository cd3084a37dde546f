print("Running settings")
DEBUG = False
