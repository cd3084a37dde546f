"""A real browser on the built site: headless Chromium driven by Selenium.

Run with ``nox -s browser``, which builds the site first. Where Chromium or
its driver is missing the tests are skipped, saying so; with
``IMPORTDEMO_REQUIRE_BROWSER=1`` (set by CI) they fail instead.
"""

from __future__ import annotations

import functools
import os
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from collections.abc import Iterator

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


def _missing(what: str) -> None:
    message = f"{what}; install Debian's chromium and chromium-driver to run the browser tests"
    if os.environ.get("IMPORTDEMO_REQUIRE_BROWSER"):
        pytest.fail(message, pytrace=False)
    pytest.skip(message)


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


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


@pytest.fixture(scope="session")
def driver() -> Iterator[Any]:
    """Headless Chromium, with Debian's chromedriver passed explicitly."""
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

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
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(service=Service(chromedriver), options=options)
    browser.implicitly_wait(2)
    yield browser
    browser.quit()
