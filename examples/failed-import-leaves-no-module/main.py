import sys

try:
    import broken
except RuntimeError as error:
    print("The import failed:", error)

print("After the failure, 'broken' in sys.modules:", "broken" in sys.modules)
print("After the failure, 'broken' in globals():", "broken" in globals())
