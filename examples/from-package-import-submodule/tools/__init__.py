print("Running tools/__init__.py, which defines no 'hammer'")
