from typing import TYPE_CHECKING

if TYPE_CHECKING:  # False when the program runs: this import never happens
    from decimal import Decimal


def total(price: Decimal, count: int) -> Decimal:
    return price * count
