__all__ = ["alpha", "beta", "VERSION"]  # alpha and beta are submodules, not names defined here

VERSION = 1
