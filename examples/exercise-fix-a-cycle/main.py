from shop.models import Item
from shop.pricing import price_with_vat

pen = Item("pen", 2.50)
print(pen.name, "costs", pen.price())
try:
    price_with_vat("a pen")
except TypeError as error:
    print("TypeError:", error)
