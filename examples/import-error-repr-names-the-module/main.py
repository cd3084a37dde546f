try:
    import no_such_module
except ModuleNotFoundError as error:
    print("repr:", repr(error))
    print("name:", error.name)
