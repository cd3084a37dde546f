import sys

print("Before the import, 'watched' in sys.modules:", "watched" in sys.modules)
import watched

print("After the import, 'watched' in sys.modules:", "watched" in sys.modules)
print("After the import, watched.ready:", watched.ready)
