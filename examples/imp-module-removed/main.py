try:
    import imp  # deprecated since 3.4, removed in 3.12
except ModuleNotFoundError as error:
    print("ModuleNotFoundError:", error)
    print("Use importlib instead: importlib.util.find_spec, importlib.reload, ...")
else:
    print("imp is still here, with find_module:", hasattr(imp, "find_module"))
