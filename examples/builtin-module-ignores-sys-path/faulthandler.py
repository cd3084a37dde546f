print("This local faulthandler.py never runs: faulthandler is built into the interpreter")
