import importlib.util
import sys

# The step the five-step story leaves out, between "look" and "create": find.
spec = importlib.util.find_spec("shapes")
print("find_spec returned a", type(spec).__name__, "named", repr(spec.name))
print("Its origin:", spec.origin)
print("The loader that will create and run it:", type(spec.loader).__name__)
print("Finding did not run it: 'shapes' in sys.modules:", "shapes" in sys.modules)

import shapes

print("After import, shapes.__spec__.origin == spec.origin:", shapes.__spec__.origin == spec.origin)
