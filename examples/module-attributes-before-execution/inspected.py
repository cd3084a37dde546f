import sys

# These names exist before the first line of this module runs.
print("__name__:", __name__)
print("__file__:", __file__)
print("__package__:", repr(__package__))
print("__spec__.name:", __spec__.name)
print("__loader__:", type(__loader__).__name__)
# The bytecode file's name carries the interpreter's tag, such as cpython-312.
tag = sys.implementation.cache_tag
# Python 3.15 no longer sets __cached__; __spec__.cached holds the same path.
if "__cached__" in globals():
    print("__cached__:", __cached__.replace(tag, "<cache tag>"))
else:
    print("__cached__: not set")
print("__spec__.cached:", __spec__.cached.replace(tag, "<cache tag>"))
