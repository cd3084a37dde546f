import sys

print(f"Running main.py as {__name__!r}")

if __name__ == "__main__":
    import main  # the same file, under another name: it runs again

    print("Two modules from one file:", sys.modules["__main__"] is not sys.modules["main"])
