"""axe-core on every page of the built site, in light and dark mode."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from .conftest import SITE, axe_violations

if TYPE_CHECKING:
    from collections.abc import Callable

pytestmark = pytest.mark.browser


def site_pages() -> list[str]:
    """Every page the build wrote, relative to the site: search, the index and 404 included.

    Folders whose names start with ``_`` hold the site's files, not its pages.
    """
    return sorted(
        path.relative_to(SITE).as_posix()
        for path in SITE.rglob("*.html")
        if not any(part.startswith("_") for part in path.relative_to(SITE).parts)
    )


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_every_page_has_no_serious_or_critical_axe_violation(
    driver: Any,
    site_url: str,
    axe_source: str,
    outside_requests: Callable[[], list[str]],
    theme: str,
) -> None:
    """Each violation is reported as ``page: rule (impact): help: elements``.

    404.html links its styles for the published site (``/en/latest/``), so
    here it is checked as it reads unstyled.
    """
    pages = site_pages()
    assert {"index.html", "search.html", "genindex.html", "tutorial/what-import-does.html"} <= set(
        pages
    )
    driver.get(site_url + "index.html")
    driver.execute_script("localStorage.setItem('theme', arguments[0])", theme)
    failures = []
    try:
        for page in pages:
            driver.get(site_url + page)
            assert driver.execute_script("return document.body.dataset.theme") == theme, page
            failures += [f"{page}: {found}" for found in axe_violations(driver, axe_source)]
    finally:
        driver.execute_script("localStorage.removeItem('theme')")
    assert failures == [], f"{len(failures)} violations on {len(pages)} pages:\n" + "\n".join(
        failures
    )
    assert outside_requests() == []
