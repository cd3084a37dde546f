print("b: start, importing a")
import a  # a is in sys.modules, but only half-built

print("b: a has VALUE yet?", hasattr(a, "VALUE"))
print("b: using a.VALUE")
print(a.VALUE)
