"""The same program, started with different flags: what each flag changes on sys.path."""

import os
import subprocess
import sys
import tempfile

PROGRAM = """\
import os, sys
site_imported = "site" in sys.modules  # before anything here imports it
import site
here = os.path.dirname(os.path.abspath(__file__))
print(os.path.join(os.path.dirname(here), "extra") in sys.path,  # the PYTHONPATH folder
      site_imported and site.getusersitepackages() in sys.path,
      site_imported,
      sys.path[0] == here)
"""

with tempfile.TemporaryDirectory() as tmp:
    env_folder = os.path.join(tmp, "env")  # a venv that keeps the user site-packages enabled
    subprocess.run(
        [sys.executable, "-m", "venv", "--without-pip", "--system-site-packages", env_folder],
        check=True,
    )
    python = os.path.join(env_folder, "Scripts" if os.name == "nt" else "bin", "python")
    env = {"HOME": tmp, "PYTHONPATH": os.path.join(tmp, "extra")}  # user site under HOME
    os.mkdir(os.path.join(tmp, "extra"))
    user_site = subprocess.run(
        [python, "-c", "import site; print(site.getusersitepackages())"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    os.makedirs(user_site)  # the user site-packages is added only if the folder exists
    os.mkdir(os.path.join(tmp, "app"))
    with open(os.path.join(tmp, "app", "main.py"), "w", encoding="utf-8") as file:
        file.write(PROGRAM)

    columns = ("PYTHONPATH", "user site", "site imported", "script folder")
    print(f"{'(PYTHONPATH=extra)':24}", *(f"{column:>13}" for column in columns))
    for flags in ([], ["-s"], ["-S"], ["-E"], ["-I"]):
        done = subprocess.run(
            [python, *flags, os.path.join(tmp, "app", "main.py")],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        command = " ".join(["python", *flags, "app/main.py"])
        print(f"{command:24}", *(f"{value:>13}" for value in done.stdout.split()))
