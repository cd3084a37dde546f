import a

print(a.VALUE)  # a is half-built: VALUE does not exist yet
