print("Running shop/cart.py")
import money_utils
