import sys

import greeting
import greeting

print("greeting in sys.modules:", "greeting" in sys.modules)
