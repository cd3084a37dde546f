import pathlib
import sys
import tempfile
import zipfile

with tempfile.TemporaryDirectory() as tmp:
    archive = pathlib.Path(tmp) / "bundle.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr("zipped.py", 'print("Running zipped.py from inside a zip file")\n')

    sys.path.insert(0, str(archive))  # a zip file is a path entry like a folder
    import zipped

    print("Loader:", type(zipped.__loader__).__name__)
    print("__file__ ends with:", "/".join(pathlib.PurePath(zipped.__file__).parts[-2:]))
    print("Finder cached for the zip file:", type(sys.path_importer_cache[str(archive)]).__name__)
