print("Running greeting")
message = "hello"
