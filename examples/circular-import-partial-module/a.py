print("a: start, importing b")
import b

print("a: b imported")
VALUE = "from a"
