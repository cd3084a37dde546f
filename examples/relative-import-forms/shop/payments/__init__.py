# In a package's __init__.py, '.' is the package itself:
print(f"{__name__} (its __init__.py): __spec__.parent={__spec__.parent!r}")
