import importlib
import pathlib
import sys
import tempfile

# Write a module into a scratch folder, so this example can run again unchanged.
folder = pathlib.Path(tempfile.mkdtemp())
sys.path.insert(0, str(folder))
source = folder / "greeter.py"
source.write_text('print("Running greeter v1")\nGREETING = "hello"\nOLD_NAME = 1\n')

import greeter

before = id(greeter)
source.write_text('print("Running greeter v2, a longer version")\nGREETING = "bonjour"\n')
importlib.reload(greeter)

print("Same module object after reload:", id(greeter) == before)
print("New code ran in it:", greeter.GREETING)
print("A name the new code no longer defines survives:", greeter.OLD_NAME)
