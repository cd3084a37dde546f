import sys

# `tools` has no attribute `hammer`, so the import system tries the submodule.
from tools import hammer

print("hammer is the submodule:", hammer.__name__)
print("'tools.hammer' in sys.modules:", "tools.hammer" in sys.modules)
