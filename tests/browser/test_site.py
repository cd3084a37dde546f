"""What a reader does on the built site, in headless Chromium."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import time
import urllib.request
import zipfile
from typing import TYPE_CHECKING, Any

import pytest

from .conftest import ROOT, SCREENSHOTS

if TYPE_CHECKING:
    from pathlib import Path

pytestmark = pytest.mark.browser

CHAPTER = "tutorial/what-import-does.html"


def first_example(driver: Any, url: str) -> Any:
    from selenium.webdriver.common.by import By

    driver.get(url)
    # A tab picked in an earlier test is remembered (synced tabs); start afresh.
    driver.execute_script("localStorage.clear()")
    driver.get(url)
    return driver.find_element(By.CSS_SELECTOR, "div.importdemo-example")


def click(driver: Any, element: Any) -> None:
    """Click as a reader would, after scrolling the element to the middle of the view."""
    driver.execute_script(
        "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element
    )
    element.click()


def visible_code(example: Any) -> str:
    return str(
        example.parent.execute_script(
            "const panel = [...arguments[0].querySelectorAll('.sd-tab-content')]"
            ".find(p => p.offsetParent !== null); return panel.querySelector('pre').innerText;",
            example,
        )
    )


def test_file_tabs_switch_and_show_each_file(driver: Any, site_url: str) -> None:
    from selenium.webdriver.common.by import By

    example = first_example(driver, site_url + CHAPTER)
    labels = example.find_elements(By.CSS_SELECTOR, ".importdemo-files > label")
    assert [label.text for label in labels] == ["main.py", "module1.py"]
    assert visible_code(example).startswith('print("======== Running main.py ======== ")')
    click(driver, labels[1])
    assert visible_code(example).strip() == 'print("Running module1")'


def test_tabs_can_be_switched_with_the_keyboard(driver: Any, site_url: str) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    example = first_example(driver, site_url + CHAPTER)
    radios = example.find_elements(By.CSS_SELECTOR, ".importdemo-files > input")
    driver.execute_script("arguments[0].focus()", radios[0])
    ActionChains(driver).send_keys(Keys.ARROW_RIGHT).perform()
    assert radios[1].is_selected()
    assert visible_code(example).strip() == 'print("Running module1")'


def test_copy_button_copies_exactly_the_code(driver: Any, site_url: str) -> None:
    """The copy button puts the file's code on the clipboard, and nothing else.

    sphinx-copybutton copies with ``document.execCommand("copy")``, whose
    result headless Chromium does not expose to ``navigator.clipboard``; so
    the text is read back from the page's ``copy`` event, which carries
    exactly what the browser puts on the clipboard.
    """
    from selenium.webdriver.common.by import By

    example = first_example(driver, site_url + CHAPTER)
    driver.execute_script(
        "document.addEventListener('copy', () => { const a = document.activeElement;"
        " window.__copied = (a && 'value' in a) ? a.value : document.getSelection().toString();"
        "}, true);"
    )

    def copied(block: Any) -> str:
        driver.execute_script("window.__copied = null")
        click(driver, block.find_element(By.CSS_SELECTOR, "button.copybtn"))
        return str(driver.execute_script("return window.__copied"))

    code = example.find_element(By.CSS_SELECTOR, ".importdemo-code .highlight")
    main = (ROOT / "examples" / "module-caching" / "main.py").read_text()
    assert copied(code) == main.rstrip("\n")
    command = example.find_element(By.CSS_SELECTOR, ".importdemo-command .highlight")
    assert copied(command) == "python main.py"
    output = example.find_element(By.CSS_SELECTOR, ".importdemo-output .highlight")
    assert output.find_elements(By.CSS_SELECTOR, "button.copybtn") == []


def test_the_downloaded_zip_runs_and_prints_the_pages_output(
    driver: Any, site_url: str, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By

    example = first_example(driver, site_url + CHAPTER)
    link = example.find_element(By.CSS_SELECTOR, "a.importdemo-link[href$='.zip']")
    shown = example.find_element(By.CSS_SELECTOR, ".importdemo-output pre").get_attribute(
        "textContent"
    )
    with urllib.request.urlopen(link.get_attribute("href")) as response:
        zipfile.ZipFile(io.BytesIO(response.read())).extractall(tmp_path)
    ran = subprocess.run(
        [sys.executable, "-E", "-s", "main.py"],
        cwd=tmp_path / "module-caching",
        capture_output=True,
        text=True,
        check=True,
    )
    assert ran.stdout == shown


def test_the_chapters_notebook_downloads_with_the_pages_files_and_outputs(
    driver: Any, site_url: str
) -> None:
    import json

    import nbformat
    from selenium.webdriver.common.by import By

    example = first_example(driver, site_url + CHAPTER)
    shown = example.find_element(By.CSS_SELECTOR, ".importdemo-output pre").get_attribute(
        "textContent"
    )
    link = driver.find_element(By.CSS_SELECTOR, "p.importdemo-kit a.importdemo-notebook")
    assert link.text == "this chapter as a Jupyter notebook"
    with urllib.request.urlopen(link.get_attribute("href")) as response:
        notebook = json.loads(response.read().decode("utf-8"))
    assert notebook["nbformat"] == 4
    nbformat.validate(nbformat.from_dict(notebook))
    sources = ["".join(cell["source"]) for cell in notebook["cells"]]
    title = driver.find_element(By.CSS_SELECTOR, "h1").text.strip("#\u00b6 ")
    assert sources[2].replace("`", "").startswith(f"# {title}\n")
    main = (ROOT / "examples" / "module-caching" / "main.py").read_text()
    assert f"%%writefile module-caching/main.py\n{main}".rstrip("\n") in sources
    [run] = [
        cell
        for cell, source in zip(notebook["cells"], sources)
        if source == 'run_example("module-caching", "main.py")'
    ]
    assert "".join(run["outputs"][0]["text"]) == shown
    assert run["metadata"]["importdemo"]["verified"] is True


def test_the_course_bundle_downloads_from_the_home_page_and_its_examples_run(
    driver: Any, site_url: str, tmp_path: Path
) -> None:
    from selenium.webdriver.common.by import By

    driver.get(site_url)
    link = driver.find_element(By.CSS_SELECTOR, "p.importdemo-kit a[href$='-course.zip']")
    assert "CC BY 4.0" in driver.find_element(By.CSS_SELECTOR, ".importdemo-reuse").text
    with urllib.request.urlopen(link.get_attribute("href")) as response:
        archive = zipfile.ZipFile(io.BytesIO(response.read()))
    names = archive.namelist()
    assert names[0] == "importdemo-course/README.md"
    index = archive.read(names[0]).decode()
    listed = re.findall(r"^- \[`[\w.-]+`\]\(([^)]+)\)", index, flags=re.MULTILINE)
    assert len(listed) > 100
    assert all(f"importdemo-course/{path}" in names for path in listed)
    archive.extractall(tmp_path)
    folder = tmp_path / "importdemo-course" / "01-tutorial-what-import-does" / "module-caching"
    ran = subprocess.run(
        [sys.executable, "-E", "-s", "main.py"],
        cwd=folder,
        capture_output=True,
        text=True,
        check=True,
    )
    assert f"```text\n{ran.stdout}```\n" in (folder / "README.md").read_text()


def test_version_tabs_show_each_versions_output(driver: Any, site_url: str) -> None:
    from selenium.webdriver.common.by import By

    driver.get(site_url + "explanation/packages.html")
    outputs = driver.find_element(
        By.CSS_SELECTOR, "#namespace-packages-span-folders .importdemo-outputs"
    )
    labels = outputs.find_elements(By.CSS_SELECTOR, ":scope > label")
    assert labels[0].text == "Python 3.12+"
    click(driver, labels[-1])
    assert visible_code(outputs).rstrip().endswith("<module 'plugins' (namespace)>")


def test_search_for_sys_modules_finds_the_chapter(driver: Any, site_url: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(site_url + "search.html?q=sys.modules")
    WebDriverWait(driver, 10).until(  # results arrive one by one, then a summary
        expected_conditions.text_to_be_present_in_element(
            (By.CSS_SELECTOR, "#search-results .search-summary"), "found"
        )
    )
    hrefs = [
        a.get_attribute("href")
        for a in driver.find_elements(By.CSS_SELECTOR, "#search-results li a")
    ]
    assert any(href and "tutorial/sys-modules.html" in href for href in hrefs), hrefs


PAGES = [
    "index.html",
    CHAPTER,
    "tutorial/sys-modules.html",
    "explanation/packages.html",
    "howto/fix-a-circular-import.html",
    "reference/glossary.html",
]


@pytest.mark.parametrize("page", PAGES)
def test_pages_load_without_console_errors_and_with_headings_in_order(
    driver: Any, site_url: str, page: str
) -> None:
    driver.get_log("browser")  # forget what earlier pages logged
    driver.get(site_url + page)
    errors = [entry for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    assert errors == []
    levels = driver.execute_script(
        "return [...document.querySelectorAll('article h1, article h2, article h3, article h4')]"
        ".map(h => Number(h.tagName[1]))"
    )
    assert levels[0] == 1
    assert all(later - earlier <= 1 for earlier, later in zip(levels, levels[1:]))


_COLOURS = (
    "const s = getComputedStyle(arguments[0]); let e = arguments[0];"
    "let bg = s.backgroundColor;"
    "while (bg === 'rgba(0, 0, 0, 0)' && e.parentElement) {"
    "  e = e.parentElement; bg = getComputedStyle(e).backgroundColor; }"
    "return [s.color, bg];"
)


def _settled_colours(driver: Any, element: Any) -> list[str]:
    """Text and background colour once transitions end, as a reader sees them.

    sphinx-design fades a tab label's colour over 250 ms after the theme
    changes; a colour read in the middle of that fade is nobody's colour.
    """
    colours = driver.execute_script(_COLOURS, element)
    for _ in range(30):
        time.sleep(0.1)
        again = driver.execute_script(_COLOURS, element)
        if again == colours:
            break
        colours = again
    return list(colours)


def _rgb(css: str) -> tuple[float, ...]:
    return tuple(float(part) for part in re.findall(r"[\d.]+", css)[:3])


def _contrast(foreground: str, background: str) -> float:
    def luminance(rgb: tuple[float, ...]) -> float:
        channels = [c / 255 for c in rgb]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted(
        (luminance(_rgb(foreground)), luminance(_rgb(background))), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_code_output_and_tabs_are_readable_in_light_and_dark_mode(
    driver: Any, site_url: str, theme: str
) -> None:
    from selenium.webdriver.common.by import By

    driver.get(site_url + "explanation/packages.html")
    toggle = driver.find_element(By.CSS_SELECTOR, ".content-icon-container .theme-toggle")
    for _ in range(3):
        if driver.execute_script("return document.body.dataset.theme") == theme:
            break
        click(driver, toggle)
    assert driver.execute_script("return document.body.dataset.theme") == theme
    selectors = (".importdemo-output pre", ".importdemo-code pre", ".sd-tab-label")
    elements = [e for s in selectors for e in driver.find_elements(By.CSS_SELECTOR, s)[:3]]
    for element in elements:
        selector = element.get_attribute("class")
        colours = _settled_colours(driver, element)
        assert _contrast(*colours) >= 4.5, (selector, colours)
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    for page in ("tutorial/what-import-does", "explanation/packages"):
        driver.get(site_url + page + ".html")
        driver.save_screenshot(str(SCREENSHOTS / f"{page.replace('/', '-')}-{theme}.png"))


def test_there_is_a_404_page(site_url: str) -> None:
    with urllib.request.urlopen(site_url + "404.html") as response:
        assert "Page not found" in response.read().decode()
