import sys

from prices import VAT

print("VAT:", VAT)
print("'prices' in globals():", "prices" in globals())
print("'prices' in sys.modules:", "prices" in sys.modules)

# The name is a copy of the reference, not a live link to the attribute.
sys.modules["prices"].VAT = 0.25
print("After changing prices.VAT, our VAT is still:", VAT)
