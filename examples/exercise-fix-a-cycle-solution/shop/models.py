from shop.pricing import price_with_vat


class Item:
    def __init__(self, name, net):
        self.name = name
        self.net = net

    def price(self):
        return price_with_vat(self)
