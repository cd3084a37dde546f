try:
    import tools.hammer
except ModuleNotFoundError as error:
    print("ModuleNotFoundError:", error)
