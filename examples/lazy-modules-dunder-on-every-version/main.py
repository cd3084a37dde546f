__lazy_modules__ = ["heavy"]  # a plain list: older Pythons ignore it

import sys

import heavy

print("After 'import heavy': 'heavy' in sys.modules:", "heavy" in sys.modules)
print("Using heavy:", heavy.__name__)
