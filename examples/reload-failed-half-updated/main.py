import importlib
import pathlib
import sys
import tempfile

sys.dont_write_bytecode = True  # no .pyc, so every reload compiles the new source


def show(label):
    print(f"{label}: HOST={config.HOST!r} PORT={config.PORT!r}")


with tempfile.TemporaryDirectory() as tmp:
    sys.path.insert(0, tmp)
    source = pathlib.Path(tmp, "config.py")
    source.write_text('HOST = "old-host"\nPORT = 1\n')
    import config

    show("Imported")

    # An edit that fails while running: HOST is rebound, then the error stops it.
    source.write_text('HOST = "new-host"\nraise RuntimeError("bad edit")\nPORT = 2\n')
    try:
        importlib.reload(config)
    except RuntimeError as error:
        print("reload raised RuntimeError:", error)
    show("After the failed reload")
    print("Still the module in sys.modules:", sys.modules["config"] is config)

    # An edit that does not compile: nothing of it runs.
    source.write_text('HOST = "newer-host"\nPORT = (\n')
    try:
        importlib.reload(config)
    except SyntaxError as error:
        print("reload raised", type(error).__name__)
    show("After the SyntaxError")

    # Fix the file and reload again.
    source.write_text('HOST = "new-host"\nPORT = 2\n')
    importlib.reload(config)
    show("After a successful reload")

    sys.path.remove(tmp)
