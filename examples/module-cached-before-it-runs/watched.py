import sys

print("While watched runs, 'watched' in sys.modules:", "watched" in sys.modules)
cached = sys.modules["watched"]
print("The cached module's namespace is this code's globals():", vars(cached) is globals())
print("It has no 'ready' yet:", hasattr(cached, "ready"))
ready = True
