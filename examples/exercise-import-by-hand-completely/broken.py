print("Running broken.py")
raise RuntimeError("broken cannot finish")
