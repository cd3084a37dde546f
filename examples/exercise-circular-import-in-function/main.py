import a

print(a.use_b())
