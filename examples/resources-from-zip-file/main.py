import os
import pathlib
import sys
import tempfile
import zipfile
from importlib.resources import as_file, files

with tempfile.TemporaryDirectory() as tmp:
    archive = pathlib.Path(tmp) / "bundle.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.writestr("recipes/__init__.py", "")
        bundle.writestr("recipes/soup.txt", "Tomato soup: tomatoes, onion, salt\n")
    sys.path.insert(0, str(archive))
    import recipes

    print("recipes.__file__ ends with:", "/".join(pathlib.PurePath(recipes.__file__).parts[-3:]))
    beside_file = os.path.join(os.path.dirname(recipes.__file__), "soup.txt")
    try:
        open(beside_file, encoding="utf-8")
    except OSError as error:
        print("open() beside __file__:", type(error).__name__)

    folder = files("recipes")
    print("files() gives a zipfile.Path:", isinstance(folder, zipfile.Path))
    soup = folder / "soup.txt"
    print("files() reads it:", soup.read_text(encoding="utf-8"), end="")
    with as_file(soup) as real_file:  # a real file, for APIs that need a path
        print("as_file() gives a real file:", real_file.is_file(), "- in the zip:", "bundle.zip" in str(real_file))
    print("The temporary copy is gone:", not real_file.exists())
