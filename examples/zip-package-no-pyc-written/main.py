import os
import pathlib
import sys
import tempfile
import zipfile


def tail(path, parts):
    return "/".join(pathlib.PurePath(path).parts[-parts:])


with tempfile.TemporaryDirectory() as tmp:
    archive = pathlib.Path(tmp) / "bundle.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr("tools/__init__.py", 'print("Running tools/__init__.py, from the zip")\n')
        bundle.writestr("tools/hammer.py", "def hit():\n    return 'bang'\n")
    sys.path.insert(0, str(archive))

    import tools.hammer

    print("tools.__file__ ends with:", tail(tools.__file__, 3))
    print("tools.__path__ ends with:", [tail(entry, 2) for entry in tools.__path__])
    print("tools.hammer.hit():", tools.hammer.hit())
    cached = tools.hammer.__spec__.cached  # where a .pyc would be, if it could be written
    print("tools.hammer.__spec__.cached is in:", tail(os.path.dirname(cached), 3), "- exists:", os.path.exists(cached))
    with zipfile.ZipFile(archive) as bundle:
        print("The zip still holds only:", bundle.namelist())
    print("Beside the zip:", sorted(path.name for path in pathlib.Path(tmp).iterdir()))
