import importlib.util

for name in ("json", "sys", "no_such_module"):
    spec = importlib.util.find_spec(name)
    print(f"find_spec({name!r}):", "None" if spec is None else f"found, origin {spec.origin!r}")
