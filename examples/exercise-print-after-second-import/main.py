print("Importing module1")
import module1

print("Importing module1 again")
import module1

print("Running module1 again?")
