import sys


def report():
    import heavy  # runs heavy.py on the first call only

    return heavy.TABLE


print("Started; 'heavy' in sys.modules:", "heavy" in sys.modules)
print("First call:", report())
print("Second call, a cache hit:", report())
