print("Running colors")
PRIMARY = ("red", "yellow", "blue")
