import importlib
import pathlib
import sys
import tempfile

# Write the module into a temporary folder, so running this leaves nothing behind.
with tempfile.TemporaryDirectory() as tmp:
    sys.path.insert(0, tmp)
    source = pathlib.Path(tmp) / "greeter.py"
    source.write_text('print("Running greeter v1")\nGREETING = "hello"\nOLD_NAME = 1\n')

    import greeter

    # The new source has a different size: a same-size edit made within the same
    # second could be mistaken for the old one by the bytecode cache.
    source.write_text('print("Running greeter v2, a longer version")\nGREETING = "bonjour"\n')
    reloaded = importlib.reload(greeter)

    # What reload() returned, and what sys.modules holds now, is the object we had.
    same = reloaded is greeter and sys.modules["greeter"] is greeter
    print("Same module object after reload:", same)
    print("New code ran in it:", greeter.GREETING)
    print("A name the new code no longer defines survives:", greeter.OLD_NAME)
