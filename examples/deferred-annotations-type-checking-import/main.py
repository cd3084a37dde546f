import typing

try:
    import prices
except NameError as error:
    print("import prices raised NameError:", error)
    raise SystemExit
print("import prices: no error, the annotations were not evaluated")
print("total(2, 3):", prices.total(2, 3))

try:
    prices.total.__annotations__
except NameError as error:
    print("total.__annotations__ raises NameError:", error)

try:
    typing.get_type_hints(prices.total)
except NameError as error:
    print("typing.get_type_hints(total) raises NameError:", error)

from annotationlib import Format, get_annotations  # new in 3.14

hints = get_annotations(prices.total, format=Format.FORWARDREF)
print("FORWARDREF format, count:", hints["count"])
print("FORWARDREF format, price:", type(hints["price"]).__name__, repr(hints["price"].__forward_arg__))
print("STRING format:", get_annotations(prices.total, format=Format.STRING))
