"""Watch site read .pth files at a real start-up, in a throw-away virtual environment."""

import os
import pathlib
import subprocess
import sys
import tempfile


def run(python, code):
    done = subprocess.run([python, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout


PROGRAM = """
import os, sys, sysconfig
site_packages = sysconfig.get_path("purelib")
print("The program starts. sys.path ends with:")
for entry in sys.path[-2:]:
    print("  ", os.path.normpath(os.path.join("site-packages", os.path.relpath(entry, site_packages))))
import bonus
"""

with tempfile.TemporaryDirectory() as tmp:
    env = os.path.join(tmp, "env")
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", env], check=True)
    python = os.path.join(env, "Scripts" if os.name == "nt" else "bin", "python")
    site_packages = pathlib.Path(run(python, "import sysconfig; print(sysconfig.get_path('purelib'))").strip())
    # Write only into the throw-away environment, never into a real site-packages.
    if not site_packages.resolve().is_relative_to(pathlib.Path(tmp).resolve()):
        raise SystemExit(f"not the new environment's site-packages: {site_packages}")
    (site_packages / "extra").mkdir()
    (site_packages / "extra" / "bonus.py").write_text('print("bonus imported from extra/")\n', encoding="utf-8")
    (site_packages / "demo.pth").write_text(
        "# a comment: skipped\n"
        "\n"  # a blank line: skipped
        "extra\n"  # a folder that exists, relative to site-packages: appended to sys.path
        "missing\n"  # a folder that does not exist: not added
        "import sys; print('demo.pth: a line that starts with import runs at start-up')\n"
        "  import sys; print('indented: run only by 3.15+, which strips each line')\n",
        encoding="utf-8",
    )
    # A .pth file whose name starts with a dot: Python 3.13 skips it.
    (site_packages / ".hidden.pth").write_text(
        "import sys; print('.hidden.pth: a line that starts with import runs at start-up')\n",
        encoding="utf-8",
    )
    print(run(python, PROGRAM), end="")
