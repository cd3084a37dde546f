def greet(who):
    return f"hello, {who}"


print(f"greeting.py runs, as {__name__!r}")

if __name__ == "__main__":  # true only in the module that runs as the program
    print(greet("command line"))
