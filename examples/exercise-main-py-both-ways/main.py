import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

for command in (["-m", "greet"], ["greet"], ["greet/__main__.py"]):
    done = subprocess.run([sys.executable, *command], cwd=HERE, capture_output=True, text=True)
    print("$ python", " ".join(command))
    print(done.stdout + done.stderr, end="")
