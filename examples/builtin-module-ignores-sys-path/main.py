import sys

print("sys comes from:", sys.__spec__.origin)
print("The script's folder is first on sys.path:", sys.path[0])
