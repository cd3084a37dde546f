print("greet/__init__.py runs first, as", __name__)
