import sys

import shop.totals as totals

print("'totals' is the submodule:", totals.__name__)
print("'shop' in globals():", "shop" in globals())
print("'shop' in sys.modules:", "shop" in sys.modules)
print("Total:", totals.total([2, 3]))
