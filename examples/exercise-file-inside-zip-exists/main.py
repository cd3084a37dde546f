import os
import pathlib
import sys
import tempfile
import zipfile

with tempfile.TemporaryDirectory() as tmp:
    archive = pathlib.Path(tmp) / "bundle.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr("recipes/__init__.py", "")
    sys.path.insert(0, str(archive))
    import recipes

    print("os.path.exists(recipes.__file__):", os.path.exists(recipes.__file__))
    print("os.path.isfile(the zip):", os.path.isfile(archive))
