print("Running the local sys.py")
