print("helper found")
