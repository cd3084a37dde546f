print("Running shop/cart/__init__.py")
