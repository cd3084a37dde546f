print(f"app/cli.py runs as {__name__!r}")
print(f"  __spec__.name={__spec__.name!r}, __spec__.parent={__spec__.parent!r}")
print(f"  __package__={__package__!r}")

from .helpers import GREETING  # '.' is __spec__.parent: app

print("  from .helpers import GREETING:", GREETING)
