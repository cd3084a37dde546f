print("Running shop/__init__.py")
