"""sys.flags: how a program sees the options and variables it was started with."""

import subprocess
import sys

NAMES = ("isolated", "ignore_environment", "no_user_site", "no_site", "safe_path")
SHOW = f"import sys; print(*(getattr(sys.flags, name, '-') for name in {NAMES!r}))"

print(f"{'':26}", *NAMES)
for extra, flags in [
    ({}, []),
    ({}, ["-s"]),
    ({}, ["-S"]),
    ({}, ["-I"]),
    ({"PYTHONNOUSERSITE": "1"}, []),
    ({"PYTHONSAFEPATH": "1"}, []),
    ({"PYTHONSAFEPATH": "1"}, ["-E"]),
]:
    done = subprocess.run(
        [sys.executable, *flags, "-c", SHOW], env=extra, capture_output=True, text=True
    )
    command = " ".join([*(f"{k}={v}" for k, v in extra.items()), "python", *flags])
    values = done.stdout.split()
    print(f"{command:26}", *(f"{value:>{len(name)}}" for name, value in zip(NAMES, values)))
