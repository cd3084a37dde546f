WHERE = "other/helpers.py"
