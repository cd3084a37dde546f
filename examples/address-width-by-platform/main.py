import sys

address = f"{id(object()):x}"  # in CPython, id() is the object's address
print("Running on Emscripten (WebAssembly):", sys.platform == "emscripten")
print("64-bit (sys.maxsize > 2**32):", sys.maxsize > 2**32)
print("The address has 8 or more hex digits:", len(address) >= 8)
