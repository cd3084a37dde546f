print("Running app/settings.py")
DEBUG = False
