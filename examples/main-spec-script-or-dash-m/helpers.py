WHERE = "helpers.py, next to main.py"
