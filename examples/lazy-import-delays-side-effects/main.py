import registry

lazy import csv_format  # imported only for its side effect: registering "csv"

print("Formats registered:", sorted(registry.FORMATS))
csv_format  # using the name imports the module
print("After using the name csv_format:", sorted(registry.FORMATS))
