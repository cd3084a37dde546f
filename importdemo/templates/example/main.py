# Write the program this example shows: standard library only, short files,
# and printed lines that say what they show.
print("Hello from main.py")
