import kitchen.oven

print("kitchen.oven has a __path__:", hasattr(kitchen.oven, "__path__"))
