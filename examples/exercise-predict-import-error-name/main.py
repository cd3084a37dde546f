import sys

try:
    import shop.cart
except ImportError as error:
    print(type(error).__name__, repr(error.name))
print("'shop' in sys.modules:", "shop" in sys.modules)
print("'shop.cart' in sys.modules:", "shop.cart" in sys.modules)

try:
    import shop.checkout
except ImportError as error:
    print(type(error).__name__, repr(error.name))
