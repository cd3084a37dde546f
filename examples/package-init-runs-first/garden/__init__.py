print("garden/__init__.py runs first")
SEASON = "spring"
