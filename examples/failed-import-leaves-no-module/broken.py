import sys

print("broken starts; 'broken' in sys.modules:", "broken" in sys.modules)
raise RuntimeError("broken cannot finish")
