import sys

print(f"greet/__main__.py runs as {__name__!r}, in package {__package__!r}")
print("sys.argv:", sys.argv[1:])
