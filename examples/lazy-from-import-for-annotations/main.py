import sys
import typing

import prices

print("After import prices: 'money' in sys.modules:", "money" in sys.modules)
print("typing.get_type_hints(total):", typing.get_type_hints(prices.total))
