print("core/plugins/__init__.py: a regular package")
