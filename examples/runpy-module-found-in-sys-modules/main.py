import sys

import pkg  # what `python -m pkg.cli` does first: import the package

print("After import pkg, 'pkg.cli' in sys.modules:", "pkg.cli" in sys.modules)
