import os
import sys
import types

import local
import pkg

print("built-in:      ", sys)
print("start-up (os): ", os)
print("source file:   ", local)
print("package:       ", pkg)
print("made by hand:  ", types.ModuleType("scratch"))
