import sys

print("Before the import, 'module1' in sys.modules:", "module1" in sys.modules)
import module1

print("After the import, 'module1' in sys.modules:", "module1" in sys.modules)
