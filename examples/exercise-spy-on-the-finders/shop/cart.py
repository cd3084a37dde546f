print("Running shop/cart.py")
from . import prices
