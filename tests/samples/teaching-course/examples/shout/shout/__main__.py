print(f"{__name__} runs, from {__spec__.name}".upper())
