import sys

print("greet/__init__.py runs first, as", __name__)
print("  sys.argv meanwhile:", sys.argv)
