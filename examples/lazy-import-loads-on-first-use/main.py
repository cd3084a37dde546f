import sys

lazy import heavy

print("After 'lazy import heavy': 'heavy' in sys.modules:", "heavy" in sys.modules)
print("Next line uses the name heavy for the first time")
print("heavy.TABLE:", heavy.TABLE)
print("Second use, nothing runs again:", heavy.TABLE)
