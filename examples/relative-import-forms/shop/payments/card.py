from . import fees  # '.' is this module's package, shop.payments
from .. import prices  # '..' is one package up, shop
from ..prices import VAT  # a name from the module shop.prices

print(f"{__name__}: __package__={__package__!r}, __spec__.parent={__spec__.parent!r}")
print("  from . import fees       ->", fees.__name__)
print("  from .. import prices    ->", prices.__name__)
print("  from ..prices import VAT ->", VAT)
