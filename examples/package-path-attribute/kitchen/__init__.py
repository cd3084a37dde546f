print("kitchen.__path__:", __path__)
print("kitchen.__package__:", __package__)
