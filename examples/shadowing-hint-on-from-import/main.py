import secrets  # the script's folder comes first on sys.path

try:
    secrets.token_hex
except AttributeError as error:
    print("secrets.token_hex:", error)

try:
    from secrets import token_hex
except ImportError as error:
    print("from secrets import token_hex:", error)
