from shop.models import Item

VAT = 0.2


def price_with_vat(item):
    if not isinstance(item, Item):
        raise TypeError(f"not an Item: {item!r}")
    return round(item.net * (1 + VAT), 2)
