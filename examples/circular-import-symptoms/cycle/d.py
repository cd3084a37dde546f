from c import VALUE  # c is half-built: VALUE does not exist yet
