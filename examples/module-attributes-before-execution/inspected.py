import sys

# These names exist before the first line of this module runs.
print("__name__:", __name__)
print("__file__:", __file__)
print("__package__:", repr(__package__))
print("__spec__.name:", __spec__.name)
print("__loader__:", type(__loader__).__name__)
# The bytecode file's name carries the interpreter's tag, such as cpython-312.
print("__cached__:", __cached__.replace(sys.implementation.cache_tag, "<cache tag>"))
