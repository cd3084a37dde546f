def write(text):
    print("log:", text)
