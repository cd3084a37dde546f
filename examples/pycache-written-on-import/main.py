import os
import sys

print("Before the import:", os.listdir("."))
import shapes

print("After the import: ", sorted(os.listdir(".")))
tag = sys.implementation.cache_tag  # such as cpython-312: one .pyc per interpreter
print("In __pycache__:", os.listdir("__pycache__") == [f"shapes.{tag}.pyc"], "-> shapes.<tag>.pyc")
print("No .pyc for the script run as main.py:", not any(n.startswith("main.") for n in os.listdir("__pycache__")))
