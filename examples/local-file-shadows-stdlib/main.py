import sys

print("random imported before main.py started:", "random" in sys.modules)
import random  # the script's folder comes first on sys.path

print("random comes from:", random.__file__)
try:
    random.seed(2024)  # a fixed seed: the same roll on every run
    print("A roll of the die:", random.randint(1, 6))
except AttributeError as error:
    print("AttributeError:", error)
