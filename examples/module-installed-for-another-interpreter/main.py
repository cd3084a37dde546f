"""A module installed into a virtual environment is missing for the Python that made it."""

import os
import subprocess
import sys
import tempfile

CHECK = """
import os, sys
tmp = sys.argv[1]
def shown(path):  # relative to the temporary folder; the last part not resolved (a link)
    path = os.path.join(os.path.realpath(os.path.dirname(path)), os.path.basename(path))
    inside = path.startswith(os.path.realpath(tmp) + os.sep)
    return os.path.relpath(path, os.path.realpath(tmp)) if inside else "(not in the temporary folder)"
print("  sys.executable:", shown(sys.executable))
print("  sys.prefix:", shown(sys.prefix))
try:
    import chartkit
    print("  import chartkit: found,", os.path.basename(chartkit.__file__))
except ModuleNotFoundError as error:
    print("  import chartkit:", type(error).__name__ + ":", error)
"""


def run(python, shown, tmp):
    print(f'$ {shown} -c "import chartkit"')
    done = subprocess.run([python, "-c", CHECK, tmp], capture_output=True, text=True, check=True)
    print(done.stdout, end="")


with tempfile.TemporaryDirectory() as tmp:
    env = os.path.join(tmp, "env")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", env], check=True)
    python = os.path.join(env, "Scripts" if os.name == "nt" else "bin", "python")
    where = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                           capture_output=True, text=True, check=True).stdout.strip()
    if not os.path.realpath(where).startswith(os.path.realpath(tmp)):
        raise SystemExit(f"not the new environment's site-packages: {where}")
    # What `env/bin/python -m pip install chartkit` would do: a file in env's site-packages.
    with open(os.path.join(where, "chartkit.py"), "w", encoding="utf-8") as file:
        file.write("def plot():\n    return 'a chart'\n")
    run(python, "env/bin/python", tmp)
    run(sys.executable, "python", tmp)
