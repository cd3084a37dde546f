try:
    import fast_json as json_impl
except ImportError:  # too wide: also catches fast_json's own failures
    import json as json_impl

print("Using:", json_impl.__name__)
