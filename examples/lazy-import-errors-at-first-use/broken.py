print("broken: running now")
raise RuntimeError("a bug in broken.py")
