import os
import sys

print("sys.path[0] is", repr(os.path.relpath(sys.path[0])))
from app.helpers import GREETING  # an absolute import: needs app's parent on sys.path

print(GREETING)
