print("settings: running now")
DEBUG = True
raise RuntimeError("a bug in settings.py")
TIMEOUT = 30
