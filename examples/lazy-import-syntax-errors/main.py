"""Compile each place where the lazy keyword is refused, and three where it is accepted."""

SOURCES = {
    "in a function": "def load():\n    lazy import json\n",
    "in a class body": "class Config:\n    lazy import json\n",
    "in a try block": "try:\n    lazy import json\nexcept ImportError:\n    json = None\n",
    "with a star": "lazy from json import *\n",
    "from __future__": "lazy from __future__ import annotations\n",
    "at module level": "lazy import json\n",
    "inside if": "if True:\n    lazy import json\n",
    "inside with": "with lock:\n    lazy import json\n",
}

for where, source in SOURCES.items():
    try:
        compile(source, "<source>", "exec")
    except SyntaxError as error:
        print(f"{where}: SyntaxError: {error.msg} (line {error.lineno})")
    else:
        print(f"{where}: compiles")
