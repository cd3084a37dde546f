from garden import SEASON  # the package is already initialised

print(f"garden/flowers.py runs second, in {SEASON}")
