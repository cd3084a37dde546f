print("late/plugins/__init__.py runs: a regular package")
