NAME = "plugin A"
