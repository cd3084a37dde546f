# There is no chartkit package installed; there is a folder chartkit/ (of data) here.
import chartkit

print("import chartkit worked; a namespace package:", chartkit.__spec__.origin is None)
print("chartkit.__file__:", chartkit.__file__)
print("chartkit.__path__:", list(chartkit.__path__))

try:
    from chartkit import plot
except ImportError as error:
    print(f"{type(error).__name__}: {error}")

try:
    chartkit.plot()
except AttributeError as error:
    print(f"{type(error).__name__}: {error}")
