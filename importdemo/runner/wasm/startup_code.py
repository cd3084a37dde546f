"""Keep the code that Pyodide's start-up compiles, for the next start to load.

When an interpreter starts, Pyodide imports 115 to 125 modules from the
standard library's zip file, and zipimport compiles each from source: most
of the CPU that making a memory snapshot costs. A worker makes a snapshot
per list of Python arguments, and each start compiles the same sources.

A worker (``startup_code.mjs``) executes this file in a namespace of its
own, in an interpreter started to make a snapshot, after CPython has started
and before Pyodide's start-up imports anything, and calls :func:`install`.
Until ``zipimport._importdemo_uninstall()`` is called, zipimport takes a
module's code from the folder when an earlier start left it there for the
same source, path and optimisation level (``marshal`` gives back the code
object that ``compile`` made), and leaves there the code it compiles. That
call puts zipimport's own function back, removes what this start did not
use, and leaves nothing of this file in the interpreter. Interpreters
restored from the snapshot never run this code.

It imports only modules that are loaded before Pyodide's start-up.
"""

import _imp
import marshal
import os
import sys
import zipimport

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: the snapshot must not hold typing
if TYPE_CHECKING:
    from types import CodeType

__all__ = ("UNINSTALL", "install")

#: Where zipimport keeps the function that undoes :func:`install`.
UNINSTALL = "_importdemo_uninstall"
#: The key of the hashes that name the files: any fixed number (the hash is
#: the one of hash-based .pyc files, the same in every interpreter).
_HASH_KEY = 3495


def _hash(data: bytes) -> str:
    return _imp.source_hash(_HASH_KEY, data).hex()


def install(folder: str) -> None:
    """Make zipimport keep its code in *folder*, until ``zipimport.UNINSTALL()``.

    That function restores zipimport, removes the files of *folder* that this
    start did not use, empties this file's namespace (whose functions would
    otherwise stay behind, a reference cycle), and returns how many modules
    this start compiled.
    """
    namespace = globals()
    functions = vars(zipimport)
    compile_source = functions["_compile_source"]
    used: set[str] = set()
    compiled = [0]

    def code_for(pathname: str, source: bytes, *more: object) -> "CodeType":
        name = f"{_hash(repr((pathname, more, sys.flags.optimize)).encode())}-{_hash(source)}"
        path = f"{folder}/{name}"
        used.add(name)
        try:
            with open(path, "rb") as file:
                code: CodeType = marshal.load(file)
        except (OSError, EOFError, ValueError, TypeError):
            code = compile_source(pathname, source, *more)
            compiled[0] += 1
            with open(path, "wb") as file:
                marshal.dump(code, file)
        return code

    def uninstall() -> int:
        functions["_compile_source"] = compile_source
        del functions[UNINSTALL]
        for name in os.listdir(folder):
            if name not in used:
                os.remove(f"{folder}/{name}")
        namespace.clear()
        return compiled[0]

    functions[UNINSTALL] = uninstall
    functions["_compile_source"] = code_for
