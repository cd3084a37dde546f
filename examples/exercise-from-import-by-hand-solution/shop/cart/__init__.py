print("Running shop/cart/__init__.py")
TAX = 0.2
