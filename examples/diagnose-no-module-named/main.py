import importlib.machinery
import importlib.util
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))

# 1. Where does this Python look? sys.path, first entry first:
print("sys.path[0]:", sys.path[0])

# 2. Would `import helpers` find anything? find_spec answers without running it:
print("find_spec('helpers'):", importlib.util.find_spec("helpers"))
print("find_spec('lib.helpers').origin:", importlib.util.find_spec("lib.helpers").origin)

# 3. python -vv lists every file name it tries, in each entry of sys.path:
done = subprocess.run([sys.executable, "-vv", "-c", "import helpers"],
                      cwd=here, capture_output=True, text=True)
print('python -vv -c "import helpers", the names tried in this folder:')
for line in done.stderr.splitlines():
    if line.startswith("# trying " + os.path.join(here, "helpers")):
        for index, suffix in enumerate(importlib.machinery.EXTENSION_SUFFIXES):
            line = line.replace(suffix, f"{{EXTENSION_SUFFIXES[{index}]}}")
        print("  " + line)
print("  and the error:", [line for line in done.stderr.splitlines() if "Error:" in line][-1])
