import importlib.util

for name in ("local", "sys", "os", "json"):
    loader = importlib.util.find_spec(name).loader
    print(f"{name:6} is loaded by {getattr(loader, '__name__', type(loader).__name__)}")
