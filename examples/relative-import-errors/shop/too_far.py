print(f"shop/too_far.py: __spec__.parent={__spec__.parent!r}; trying '..'")
from .. import settings  # one level above shop: there is none
