print("Running tools/hammer.py")
