try:
    import ultra_json as json_impl  # not installed at all
except ModuleNotFoundError as error:
    if error.name != "ultra_json":
        raise
    import json as json_impl
print("Using:", json_impl.__name__)

try:
    # Installed, but broken:
    import fast_json as json_impl
except ModuleNotFoundError as error:
    if error.name != "fast_json":
        raise  # not "fast_json is missing": a real error, let it through
    import json as json_impl
print("Using:", json_impl.__name__)
