import sys

import tools

print("'tools.heavy' in sys.modules:", "tools.heavy" in sys.modules)
print("'heavy' in dir(tools):", "heavy" in dir(tools))
print("tools.heavy.TABLE:", tools.heavy.TABLE)  # __getattr__ imports it
print("Again, now a plain attribute:", tools.heavy.TABLE, "- in vars(tools):", "heavy" in vars(tools))
try:
    tools.missing
except AttributeError as error:
    print("AttributeError:", error)
