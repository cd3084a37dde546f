import subprocess
import sys

# -X importtime reports each module loaded, nested, with times in microseconds.
done = subprocess.run(
    [sys.executable, "-X", "importtime", "-c", "import json"], capture_output=True, text=True
)
for line in done.stderr.splitlines():
    name = line.rsplit("|", 1)[-1]
    if "json" in name:  # the times vary from run to run, so show the names only
        print(name.rstrip())
