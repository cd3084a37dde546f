"""Small helpers for the numbers this program works with."""


def is_even(n):
    return n % 2 == 0
