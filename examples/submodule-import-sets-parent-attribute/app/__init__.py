config = "a string set by app/__init__.py"
