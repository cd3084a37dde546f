"""What sys.path[0] is for each way of starting Python, run in a temporary folder <tmp>."""

import os
import pathlib
import subprocess
import sys
import tempfile
import zipfile

SHOW = "import sys; print(repr(sys.path[0]))\n"
CHDIR = (
    "import os, sys; os.chdir('sub'); import here; "
    "print(repr(sys.path[0]), '(here.py found in', os.path.basename(os.getcwd()) + ')')"
)

with tempfile.TemporaryDirectory() as tmp:
    top = pathlib.Path(os.path.realpath(tmp))
    for folder in ("real", "links", "app", "sub"):
        (top / folder).mkdir()
    (top / "show.py").write_text(SHOW, encoding="utf-8")
    (top / "sub" / "here.py").write_text("", encoding="utf-8")
    (top / "real" / "tool.py").write_text(SHOW, encoding="utf-8")
    (top / "app" / "__main__.py").write_text(SHOW, encoding="utf-8")
    with zipfile.ZipFile(top / "app.zip", "w") as bundle:
        bundle.writestr("__main__.py", SHOW)
    try:
        (top / "links" / "tool.py").symlink_to(top / "real" / "tool.py")
    except OSError:  # e.g. Windows without the right to make symbolic links
        (top / "links" / "tool.py").write_text("print('(could not make a symlink)')\n")

    runs = [
        ("python -c ...", ["-c", SHOW], None),
        ("python < code (code read from stdin)", [], SHOW),
        ("python -c ..., after os.chdir('sub')", ["-c", CHDIR], None),
        ("python -m show", ["-m", "show"], None),
        ("python real/tool.py", ["real/tool.py"], None),
        ("python links/tool.py (symlink to real/)", ["links/tool.py"], None),
        ("python app (folder with __main__.py)", ["app"], None),
        ("python app.zip", ["app.zip"], None),
    ]
    print("Each command runs in <tmp>:")
    for label, args, stdin in runs:
        done = subprocess.run(
            [sys.executable, *args], cwd=top, input=stdin, capture_output=True, text=True, check=True
        )
        shown = done.stdout.strip().replace(str(top), "<tmp>")
        print(f"  {label:40} sys.path[0] = {shown}")
