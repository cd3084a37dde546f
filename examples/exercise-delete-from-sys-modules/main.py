import sys

print("Importing module1")
import module1

print("Deleting module1 from sys.modules")
del sys.modules["module1"]
print("Re-importing module1")
import module1

print("Done!")
