# `import colors` is roughly `colors = __import__("colors")`.
module = __import__("colors")
print("__import__ returned:", type(module).__name__, module.__name__)
print("...and bound no name: 'colors' in globals():", "colors" in globals())

import colors

print("The statement bound the same object:", colors is module)
