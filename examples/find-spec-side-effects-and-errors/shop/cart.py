print("Running shop/cart.py")
