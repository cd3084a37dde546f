import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def run(command, pythonpath=None):
    """Run `python COMMAND` here, with PYTHONPATH set or unset."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    if pythonpath is not None:
        env["PYTHONPATH"] = pythonpath
    done = subprocess.run(
        [sys.executable, *command], cwd=HERE, env=env, capture_output=True, text=True
    )
    lines = done.stdout.splitlines()
    if done.returncode:
        lines.append(done.stderr.strip().splitlines()[-1])
    prefix = "" if pythonpath is None else f"PYTHONPATH={pythonpath} "
    print(f"$ {prefix}python {' '.join(command)}")
    for line in lines:
        print("  " + line)


run(["app/cli.py"])
run(["app/cli.py"], pythonpath=".")
run(["-m", "app.cli"])
