import importlib.machinery
import pathlib
import sys
import tempfile
import zipfile

suffix = importlib.machinery.EXTENSION_SUFFIXES[0]  # such as .cpython-313-x86_64-linux-gnu.so
with tempfile.TemporaryDirectory() as tmp:
    folder = pathlib.Path(tmp) / "folder"
    folder.mkdir()
    (folder / f"fastmath{suffix}").write_bytes(b"")  # finders go by the name; nothing loads this file
    archive = pathlib.Path(tmp) / "bundle.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.write(folder / f"fastmath{suffix}", f"fastmath{suffix}")

    in_folder = importlib.machinery.PathFinder.find_spec("fastmath", [str(folder)])
    print("In a folder, found with:", type(in_folder.loader).__name__)
    in_zip = importlib.machinery.PathFinder.find_spec("fastmath", [str(archive)])
    print("In the zip, found:", in_zip)

    sys.path.insert(0, str(archive))
    try:
        import fastmath
    except ModuleNotFoundError as error:
        print("ModuleNotFoundError:", error)
