print("kitchen.oven.__package__:", __package__)
print("kitchen.oven.__spec__.parent:", __spec__.parent)
