print("Running app/__init__.py")
