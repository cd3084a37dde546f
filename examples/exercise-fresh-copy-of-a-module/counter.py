print("Running counter.py, as", __name__)
COUNT = 0


def bump():
    global COUNT
    COUNT += 1
    return COUNT
