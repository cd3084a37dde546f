print("Running tools, as", __name__)
VERSION = 2
