from fractions import Fraction

import numbers

share = Fraction(1, 3) + Fraction(1, 6)
print("Each person gets", share, "of the cake")
print("Is 4 even?", numbers.is_even(4))
