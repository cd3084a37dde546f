try:
    import ultra_json as json_impl
except ModuleNotFoundError:
    import hyper_json as json_impl
