import subprocess
import sys

for command in (["app/cli.py"], ["-m", "app.cli"]):
    done = subprocess.run([sys.executable, *command], capture_output=True, text=True)
    shown = done.stdout.strip() or done.stderr.strip().splitlines()[-1]
    print(f"$ python {' '.join(command)}\n  {shown}")
