"""site.addsitedir() reads a folder's .pth (and, on 3.15, .start) files, as start-up does for site-packages."""

import io
import os
import site
import sys
import tempfile

HOOKS = 'def start():\n    print("hooks.start() called: the entry point in demo.start")\n'

with tempfile.TemporaryDirectory() as tmp:
    os.mkdir(os.path.join(tmp, "extra"))
    with open(os.path.join(tmp, "extra", "hooks.py"), "w", encoding="utf-8") as file:
        file.write(HOOKS)
    with open(os.path.join(tmp, "demo.pth"), "w", encoding="utf-8") as file:
        file.write("extra\n")  # a folder: appended to sys.path
        file.write("missing\n")  # a folder that does not exist
        file.write("import sys; print('demo.pth: its import line ran')\n")
    with open(os.path.join(tmp, "demo.start"), "w", encoding="utf-8") as file:
        file.write("hooks:start\n")  # an entry point, pkg.mod:callable
    with open(os.path.join(tmp, "legacy.pth"), "w", encoding="utf-8") as file:
        file.write("import sys; print('legacy.pth: its import line ran')\n")  # no legacy.start
        file.write("  import sys; print('legacy.pth: its indented import line ran')\n")

    errors = io.StringIO()
    sys.stderr = errors
    try:
        site.addsitedir(tmp)
    finally:
        sys.stderr = sys.__stderr__
    print("extra on sys.path:", os.path.join(tmp, "extra") in sys.path)
    print("missing on sys.path:", os.path.join(tmp, "missing") in sys.path)
    print("site wrote to stderr:", errors.getvalue().replace(tmp, "<tmp>").strip() or "nothing")
    sys.modules.pop("hooks", None)
