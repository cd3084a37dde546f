NAME = "settings.py, next to main.py"
