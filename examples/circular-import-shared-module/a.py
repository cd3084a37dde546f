from b import describe
from common import VALUE


def show():
    print("a.show sees:", describe(), "and VALUE =", repr(VALUE))
