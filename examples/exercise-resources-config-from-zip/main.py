import pathlib
import sys
import tempfile
import zipfile

here = pathlib.Path(__file__).parent
with tempfile.TemporaryDirectory() as tmp:
    archive = pathlib.Path(tmp) / "settings.zip"
    with zipfile.ZipFile(archive, "w") as bundle:  # the package, zipped
        for name in ("__init__.py", "defaults.json"):
            bundle.write(here / "settings" / name, f"settings/{name}")
    sys.path.insert(0, str(archive))  # before the example's folder
    import settings

    print("settings.__file__ ends with:", "/".join(pathlib.PurePath(settings.__file__).parts[-3:]))
    print("load_config():", settings.load_config())
