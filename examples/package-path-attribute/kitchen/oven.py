print("kitchen.oven.__package__:", __package__)
