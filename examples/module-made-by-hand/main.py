import sys
import types

scratch = types.ModuleType("scratch", "A module made by hand.")
print("repr:", scratch)
print("its attributes:", sorted(vars(scratch)))
print("__doc__:", scratch.__doc__)
print("__spec__, __loader__, __package__:", scratch.__spec__, scratch.__loader__, scratch.__package__)
print("has __file__:", hasattr(scratch, "__file__"))

exec("GREETING = 'hello'\ndef shout(text):\n    return text.upper()\n", vars(scratch))
print("after exec, scratch.shout(scratch.GREETING):", scratch.shout(scratch.GREETING))

try:
    import scratch as imported
except ModuleNotFoundError as error:
    print("import scratch before registering:", error)

sys.modules["scratch"] = scratch
import scratch as imported
from scratch import GREETING

print("import scratch after registering: the same object:", imported is scratch)
print("from scratch import GREETING:", GREETING)
