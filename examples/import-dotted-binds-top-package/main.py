import shop.cart.totals  # imports shop, then shop.cart, then shop.cart.totals

print("Names bound here:", [name for name in globals() if not name.startswith("__")])
print("shop.cart is an attribute of shop:", hasattr(shop, "cart"))
print("shop.cart.totals is an attribute of shop.cart:", hasattr(shop.cart, "totals"))
print("Total:", shop.cart.totals.total([2, 3]))
