import os
import subprocess
import sys

# With -c, the "script folder" entry is '' (the current folder).
show = "import sys; print(sys.path[0] == '', '/opt/extra' in sys.path)"
runs = [([], {}), ([], {"PYTHONPATH": "/opt/extra"}), (["-I"], {"PYTHONPATH": "/opt/extra"})]
print(f"{'command':40} {'current folder first':>20} {'PYTHONPATH used':>16}")
for flags, extra in runs:
    env = {**os.environ, **extra}
    done = subprocess.run([sys.executable, *flags, "-c", show], env=env, capture_output=True, text=True)
    first, used = done.stdout.split()
    command = " ".join([*(f"{k}={v}" for k, v in extra.items()), "python", *flags, "-c ..."])
    print(f"{command:40} {first:>20} {used:>16}")
