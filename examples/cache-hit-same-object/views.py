import settings

print("views imported settings")
