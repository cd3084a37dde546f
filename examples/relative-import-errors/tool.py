print(f"tool.py: __spec__.parent={__spec__.parent!r}; trying '.'")
from . import settings  # tool is top-level: it is in no package
