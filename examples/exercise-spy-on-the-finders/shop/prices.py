print("Running shop/prices.py")
