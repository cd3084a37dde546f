from .cli import main  # the package imports its own submodule pkg.cli

print("pkg/__init__.py has imported pkg.cli")
