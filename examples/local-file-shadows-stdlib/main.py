import random  # the script's folder comes first on sys.path

print("random comes from:", random.__file__)
print(random.randint(1, 6))
