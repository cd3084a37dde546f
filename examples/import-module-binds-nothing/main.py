import importlib

module = importlib.import_module("plugin_a")  # a name chosen at run time
print("import_module returned:", module.NAME)
print("'plugin_a' in globals():", "plugin_a" in globals())
print("Same object on a second call:", importlib.import_module("plugin_a") is module)
