print("This local sys.py never runs: sys is built into the interpreter")
