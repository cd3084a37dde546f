"""usercustomize runs at start-up only while the user site-packages is enabled."""

import os
import subprocess
import sys
import tempfile

SHOW = (
    "import site, sys; print('   user site enabled:', site.ENABLE_USER_SITE,"
    " '| on sys.path:', site.getusersitepackages() in sys.path,"
    " '| usercustomize ran:', 'usercustomize' in sys.modules)"
)

with tempfile.TemporaryDirectory() as tmp:
    # PYTHONUSERBASE moves the user's folder (normally ~/.local) into the temporary folder.
    env = {"HOME": tmp, "PYTHONUSERBASE": os.path.join(tmp, "userbase")}
    pythons = {}
    for system_site_packages in (True, False):
        folder = os.path.join(tmp, f"env-{str(system_site_packages).lower()}")
        options = ["--system-site-packages"] if system_site_packages else []
        subprocess.run(
            [sys.executable, "-m", "venv", "--without-pip", *options, folder], check=True
        )
        pythons[system_site_packages] = os.path.join(
            folder, "Scripts" if os.name == "nt" else "bin", "python"
        )

    ask = "import site; print(site.getusersitepackages())"
    user_site = subprocess.run(
        [pythons[True], "-c", ask], env=env, capture_output=True, text=True, check=True
    ).stdout.strip()
    print(
        "user site-packages:",
        os.path.relpath(user_site, tmp)
        .replace(os.sep, "/")
        .replace("python{}.{}".format(*sys.version_info[:2]), "pythonX.Y"),
    )
    os.makedirs(user_site)
    with open(os.path.join(user_site, "usercustomize.py"), "w", encoding="utf-8") as file:
        file.write("print('   usercustomize runs')\n")

    for label, system_site_packages, flags, extra in [
        ("venv with include-system-site-packages = true: python", True, [], {}),
        ("the same, python -s", True, ["-s"], {}),
        ("the same, PYTHONNOUSERSITE=1 python", True, [], {"PYTHONNOUSERSITE": "1"}),
        ("venv with include-system-site-packages = false: python", False, [], {}),
    ]:
        print(label)
        done = subprocess.run(
            [pythons[system_site_packages], *flags, "-c", SHOW],
            env={**env, **extra},
            capture_output=True,
            text=True,
        )
        print(done.stdout + done.stderr, end="")
