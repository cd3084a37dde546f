print("This local errno.py never runs: errno is built into the interpreter")
