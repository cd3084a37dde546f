from shop import cart

print(cart.total())
