import sys

import a

print("a imported; 'b' in sys.modules:", "b" in sys.modules)
print(a.use_b())  # the import of b in use_b runs now
