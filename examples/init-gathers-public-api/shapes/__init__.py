"""shapes: import the public names from here, not from the submodules."""
from .circle import Circle
from .square import Square

__all__ = ["Circle", "Square"]
