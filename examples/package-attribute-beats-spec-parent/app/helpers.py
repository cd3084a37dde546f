WHERE = "app/helpers.py"
