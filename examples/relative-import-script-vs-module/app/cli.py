from .helpers import GREETING

print(f"__name__={__name__!r} __package__={__package__!r}: {GREETING}")
