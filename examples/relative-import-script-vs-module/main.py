import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def run(command, folder=".", pythonpath=None):
    """Run `python COMMAND` in FOLDER; show what it printed, or its error."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    if pythonpath is not None:
        env["PYTHONPATH"] = pythonpath
    done = subprocess.run(
        [sys.executable, *command],
        cwd=os.path.join(HERE, folder), env=env, capture_output=True, text=True,
    )
    shown = done.stdout.strip() or done.stderr.strip().splitlines()[-1]
    shown = shown.replace(sys.executable, "python")  # -m's error names the interpreter
    cd = "" if folder == "." else f"cd {folder} && "
    variable = "" if pythonpath is None else f"PYTHONPATH={pythonpath} "
    print(f"$ {cd}{variable}python {' '.join(command)}\n  {shown}")


run(["app/cli.py"])  # a file: the module __main__, in no package
run(["app/cli.py"], pythonpath=".")  # sys.path does not give it a package
run(["-m", "app.cli"])  # the module app.cli, in the package app
run(["-m", "app.cli"], folder="app")  # from the wrong folder
