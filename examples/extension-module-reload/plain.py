VALUE = "set by plain.py"
