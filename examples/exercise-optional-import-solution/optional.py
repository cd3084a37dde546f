import importlib


def optional_import(name):
    """Import the module `name`; return None only if that very module is missing."""
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as error:
        missing = error.name
        # Missing: the module itself, or one of its parent packages ('a' for 'a.b').
        if missing is not None and (name == missing or name.startswith(missing + ".")):
            return None
        raise  # something that the module needs is missing: a real error
