import importlib
import importlib.util
import os
import pathlib
import py_compile
import sys
import tempfile

sys.dont_write_bytecode = False  # write .pyc files, as Python does by default
SECOND = 1_700_000_000  # a fixed time, so the edits below land where we say


def edit(text, mtime):
    """Rewrite settings.py and give it this modification time."""
    source.write_text(text)
    os.utime(source, (mtime, mtime))


with tempfile.TemporaryDirectory() as tmp:
    sys.path.insert(0, tmp)
    source = pathlib.Path(tmp, "settings.py")
    pyc = importlib.util.cache_from_source(str(source))

    edit("LIMIT = 1\n", SECOND)
    import settings

    print("1. First import:", settings.LIMIT)

    edit("LIMIT = 2\n", SECOND + 0.5)  # same size, same second
    importlib.invalidate_caches()
    importlib.reload(settings)
    print("2. Same size, same second, after invalidate_caches():", settings.LIMIT)

    os.remove(pyc)
    importlib.reload(settings)
    print("3. After deleting the .pyc:", settings.LIMIT)

    edit("LIMIT = 3\n", SECOND + 1)  # same size, next second
    importlib.reload(settings)
    print("4. Same size, next second:", settings.LIMIT)

    edit("LIMIT = 40\n", SECOND + 1)  # one byte longer, same second
    importlib.reload(settings)
    print("5. Other size, same second:", settings.LIMIT)

    # A hash-based .pyc records a hash of the source instead of its size and
    # time; a "checked" one is compared with the source on every import.
    py_compile.compile(
        str(source), pyc, invalidation_mode=py_compile.PycInvalidationMode.CHECKED_HASH
    )
    edit("LIMIT = 50\n", SECOND + 1)  # same size, same second
    importlib.reload(settings)
    print("6. Checked hash-based .pyc, same size, same second:", settings.LIMIT)

    os.remove(pyc)
    edit("LIMIT = 7\n", SECOND + 2)
    importlib.reload(settings)  # writes a new, timestamp-based .pyc
    sys.dont_write_bytecode = True  # what -B or PYTHONDONTWRITEBYTECODE set
    edit("LIMIT = 8\n", SECOND + 2)  # same size, same second
    importlib.reload(settings)
    print("7. Not writing bytecode, same size, same second:", settings.LIMIT)

    sys.path.remove(tmp)
