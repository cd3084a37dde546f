print("Running the local runpy.py")
