from .cli import main  # a cache hit: pkg/__init__.py imported pkg.cli already

main()
