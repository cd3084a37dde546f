"""When the browser tests cannot run: skipped, or failed when CI requires them."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from .conftest import ROOT

if TYPE_CHECKING:
    from pathlib import Path

# Runs pytest on one browser test with Selenium made impossible to import.
_WITHOUT_SELENIUM = """\
import sys

class NoSelenium:
    def find_spec(self, name, path=None, target=None):
        if name == "selenium" or name.startswith("selenium."):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return None

sys.meta_path.insert(0, NoSelenium())
import pytest
sys.exit(pytest.main(sys.argv[1:]))
"""


def _run_without_selenium(site: Path, *, required: bool) -> subprocess.CompletedProcess[str]:
    (site / "index.html").write_text("<!doctype html><title>site</title>")
    env = {key: value for key, value in os.environ.items() if key != "IMPORTDEMO_REQUIRE_BROWSER"}
    env["IMPORTDEMO_SITE"] = str(site)
    if required:
        env["IMPORTDEMO_REQUIRE_BROWSER"] = "1"
    return subprocess.run(
        [
            sys.executable,
            "-c",
            _WITHOUT_SELENIUM,
            "-m",
            "browser",
            "-p",
            "no:cacheprovider",
            "-q",
            "-rs",
            "tests/browser/test_site.py::test_file_tabs_switch_and_show_each_file",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.mark.parametrize("required", [False, True])
def test_missing_selenium_skips_unless_the_browser_is_required(
    tmp_path: Path, required: bool
) -> None:
    ran = _run_without_selenium(tmp_path, required=required)
    assert "Selenium is not installed" in ran.stdout, ran.stdout + ran.stderr
    if required:
        assert ran.returncode == 1, ran.stdout
        assert "1 error" in ran.stdout
    else:
        assert ran.returncode == 0, ran.stdout
        assert "1 skipped" in ran.stdout
