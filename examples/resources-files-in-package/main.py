from importlib.resources import files

folder = files("recipes")  # the package's folder, as a path-like object
print("Data files:", sorted(item.name for item in folder.iterdir() if item.name.endswith(".txt")))
print("soup.txt:", (folder / "soup.txt").read_text(encoding="utf-8"), end="")
