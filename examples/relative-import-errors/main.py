import importlib

for name in ("shop.too_far", "tool"):
    try:
        importlib.import_module(name)
    except ImportError as error:
        print(f"  ImportError: {error}")
