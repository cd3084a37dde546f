WHERE = "helpers.py"
