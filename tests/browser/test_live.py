"""Run, edit and trace an example in the page, in headless Chromium (importdemo.sphinxext.live)."""

from __future__ import annotations

import re
import time
from typing import TYPE_CHECKING, Any

import pytest

from .conftest import SCREENSHOTS, SITE, TIMINGS, axe_violations

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

pytestmark = pytest.mark.browser

CHAPTER = "tutorial/what-import-does.html"
#: A run may take this long, loading the runtime included, on a busy machine.
PATIENCE = 120


@pytest.fixture
def page(driver: Any, site_url: str, outside_requests: Callable[[], list[str]]) -> Iterator[Any]:
    """The seed chapter, opened afresh with no edits kept; no request may leave the site."""
    driver.get(site_url + CHAPTER)
    driver.execute_script("localStorage.clear()")
    driver.get(site_url + CHAPTER)
    yield driver
    assert outside_requests() == []


def live(driver: Any, index: int = 0) -> Any:
    from selenium.webdriver.common.by import By

    return driver.find_elements(By.CSS_SELECTOR, ".importdemo-example")[index]


def button(example: Any, label: str) -> Any:
    from selenium.webdriver.common.by import By

    return example.find_element(
        By.XPATH, f".//div[@class='importdemo-live-bar']/button[.='{label}']"
    )


def press(driver: Any, element: Any) -> None:
    driver.execute_script(
        "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", element
    )
    element.click()


def run(driver: Any, example: Any, label: str = "Run", *, patience: float = PATIENCE) -> str:
    """Press Run (or Trace) and wait for the run to end; the status line says how it went."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    root = example.find_element(By.CSS_SELECTOR, ".importdemo-live")
    press(driver, button(example, label))
    WebDriverWait(driver, patience).until(
        lambda _: (
            root.get_attribute("aria-busy") is None
            and root.get_attribute("data-seconds") is not None
        )
    )
    return str(root.find_element(By.CSS_SELECTOR, ".importdemo-live-status").text)


def text_of(example: Any, selector: str) -> str:
    from selenium.webdriver.common.by import By

    return str(example.find_element(By.CSS_SELECTOR, selector).get_attribute("textContent"))


def seconds(example: Any) -> float:
    from selenium.webdriver.common.by import By

    root = example.find_element(By.CSS_SELECTOR, ".importdemo-live")
    return float(root.get_attribute("data-seconds"))


def screenshot(driver: Any, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SCREENSHOTS / f"live-{name}.png"))


def edit(driver: Any, example: Any, tab: str, text: str) -> None:
    """Open the editors, show the file's tab and replace its text, as a reader types."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    if button(example, "Edit").get_attribute("aria-pressed") != "true":
        press(driver, button(example, "Edit"))
    for label in example.find_elements(By.CSS_SELECTOR, ".importdemo-files > label"):
        if label.text == tab:
            press(driver, label)
    editor = example.find_element(By.CSS_SELECTOR, f"textarea[aria-label='{tab} (editable)']")
    editor.send_keys(Keys.CONTROL, "a")
    editor.send_keys(Keys.DELETE)
    editor.send_keys(text)


def test_run_prints_exactly_the_verified_output_and_says_it_matches(page: Any) -> None:
    example = live(page)
    verified = text_of(example, ".importdemo-output pre")
    status = run(page, example)
    assert status.startswith("Ran on Python 3.14.2 in your browser"), status
    assert text_of(example, ".importdemo-live-output") == verified
    assert text_of(example, ".importdemo-live-verdict") == "Matches the output verified on 3.14.2."
    TIMINGS["first run, page opened afresh (runtime loaded on click)"] = seconds(example)
    screenshot(page, "run-matches")

    run(page, example)  # a fresh interpreter: module1 runs again
    assert text_of(example, ".importdemo-live-output") == verified
    assert "Running module1" in text_of(example, ".importdemo-live-output")
    assert text_of(example, ".importdemo-live-verdict") == "Matches the output verified on 3.14.2."
    TIMINGS["second run"] = seconds(example)


def test_an_edit_changes_the_output_is_kept_and_reset_restores(page: Any, site_url: str) -> None:
    from selenium.webdriver.common.by import By

    example = live(page)
    edit(page, example, "module1.py", 'print("Edited module1")')
    run(page, example)
    output = text_of(example, ".importdemo-live-output")
    assert "Edited module1" in output
    assert "Running module1" not in output
    assert text_of(example, ".importdemo-live-verdict") == ""  # edited: nothing to compare
    screenshot(page, "edited")

    page.get(site_url + CHAPTER)  # kept in the browser's storage
    example = live(page)
    editors = example.find_elements(By.CSS_SELECTOR, "textarea.importdemo-live-editor")
    assert [e.get_attribute("value") for e in editors][1] == 'print("Edited module1")'

    press(page, button(example, "Reset"))
    assert example.find_elements(By.CSS_SELECTOR, "textarea.importdemo-live-editor") == []
    kept = "return Object.keys(localStorage).filter(k => k.startsWith('importdemo-live:'))"
    assert page.execute_script(kept) == []  # other keys, e.g. the tabs' choice, may stay
    run(page, example)
    assert "Running module1" in text_of(example, ".importdemo-live-output")
    assert text_of(example, ".importdemo-live-verdict") == "Matches the output verified on 3.14.2."


def test_tab_indents_in_the_editor_and_esc_tab_moves_on(page: Any) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys

    example = live(page)
    edit(page, example, "main.py", "if True:\n")
    ActionChains(page).send_keys(Keys.TAB, "pass").perform()
    editor = page.switch_to.active_element
    assert editor.get_attribute("value") == "if True:\n    pass"
    ActionChains(page).key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT).perform()
    assert editor.get_attribute("value") == "if True:\npass"
    ActionChains(page).send_keys(Keys.ESCAPE, Keys.TAB).perform()
    assert page.switch_to.active_element != editor


def test_trace_shows_the_steps_as_the_pages_timeline(page: Any) -> None:
    from selenium.webdriver.common.by import By

    example = live(page)
    run(page, example, "Trace")
    steps = [
        step.text
        for step in example.find_elements(
            By.CSS_SELECTOR, ".importdemo-live-output .importdemo-step-name"
        )
    ]
    for name in ("lookup", "find", "create", "cache", "exec", "bind"):
        assert name in steps
    screenshot(page, "trace")

    traced = live(page, 1)  # the page's traced example: same rows as the page's timeline
    run(page, traced, "Trace")
    assert text_of(traced, ".importdemo-live-verdict") == "Matches the output verified on 3.14.2."
    rows = (
        "return [...arguments[0].querySelectorAll(arguments[1])].map(r => [r.className,"
        " r.style.getPropertyValue('--importdemo-depth').trim(), r.textContent])"
    )
    shown = page.execute_script(rows, traced, ".importdemo-timeline:not(.importdemo-live *) > div")
    ran = page.execute_script(rows, traced, ".importdemo-live-output .importdemo-timeline > div")
    assert ran == shown
    assert len(shown) > 10


def test_output_is_text_stdout_and_stderr_in_order(page: Any) -> None:
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    example = live(page)
    program = (
        "import sys\n"
        'print("<img src=x onerror=alert(1)>")\n'
        'print("to stderr", file=sys.stderr)\n'
        'print("<b>bold?</b>")\n'
        'raise SystemExit("bye")\n'
    )
    edit(page, example, "main.py", program)
    status = run(page, example)
    assert "exit status 1" in status
    output = example.find_element(By.CSS_SELECTOR, ".importdemo-live-output")
    assert output.get_attribute("textContent") == (
        "<img src=x onerror=alert(1)>\nto stderr\n<b>bold?</b>\nbye\n"
    )
    assert output.find_elements(By.CSS_SELECTOR, "*") == []
    assert page.find_elements(By.CSS_SELECTOR, "img[src=x]") == []
    with pytest.raises(NoAlertPresentException):
        page.switch_to.alert.text  # noqa: B018 (reading it is the check)


def test_a_run_that_loops_is_stopped_after_the_tests_timeout(page: Any) -> None:
    example = live(page)
    edit(page, example, "main.py", 'print("looping")\nwhile True:\n    pass\n')
    status = run(page, example)
    assert "Stopped after 10 seconds" in status
    assert text_of(example, ".importdemo-live-output") == (
        "looping\nimportdemo: timed out after 10 seconds\n"
    )
    screenshot(page, "timeout")
    press(page, button(example, "Reset"))
    run(page, example)  # on the worker that replaced the stopped one
    assert text_of(example, ".importdemo-live-verdict") == "Matches the output verified on 3.14.2."


def test_the_runtime_selector_runs_on_3_15(page: Any) -> None:
    from selenium.webdriver.support.ui import Select

    example = live(page)
    select = example.find_element("css selector", ".importdemo-live-python")
    assert Select(select).first_selected_option.text == "Python 3.14.2"
    assert [o.text for o in Select(select).options] == [
        "Python 3.13.2",
        "Python 3.14.2",
        "Python 3.15.0rc1",
    ]
    Select(select).select_by_value("3.15")
    status = run(page, example)
    assert status.startswith("Ran on Python 3.15.0rc1"), status
    verdict = text_of(example, ".importdemo-live-verdict")
    assert verdict == "Matches the output verified on 3.15.0rc1."


def test_a_run_that_starts_a_thread_says_webassembly_cannot(page: Any) -> None:
    example = live(page)
    edit(page, example, "main.py", "import threading\nthreading.Thread(target=print).start()\n")
    status = run(page, example)
    assert "exit status 1" in status
    assert "not runnable in WebAssembly: it starts a thread, which WebAssembly cannot do" in status
    assert "RuntimeError: can't start new thread" in text_of(example, ".importdemo-live-output")


def _not_runnable_page() -> str:
    for path in sorted(SITE.rglob("*.html")):
        if "cannot run in your browser" in path.read_text(encoding="utf-8"):
            return path.relative_to(SITE).as_posix()
    pytest.fail("no page has an example that cannot run in WebAssembly")


def test_an_example_webassembly_cannot_run_says_why_and_has_no_run_button(
    driver: Any, site_url: str, outside_requests: Callable[[], list[str]]
) -> None:
    from selenium.webdriver.common.by import By

    driver.get(site_url + _not_runnable_page())
    notes = [
        note
        for note in driver.find_elements(By.CSS_SELECTOR, ".importdemo-live-note")
        if "cannot run in your browser" in note.text
    ]
    assert notes
    region = notes[0].find_element(By.XPATH, "..")
    assert re.search(r"it starts a (thread|process), which WebAssembly cannot do", notes[0].text)
    assert region.find_elements(By.TAG_NAME, "button") == []
    assert outside_requests() == []


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_the_run_ui_passes_axe_core(page: Any, axe_source: str, theme: str) -> None:
    page.execute_script("localStorage.setItem('theme', arguments[0])", theme)
    page.refresh()
    assert page.execute_script("return document.body.dataset.theme") == theme
    example = live(page)
    run(page, example)
    press(page, button(example, "Edit"))
    time.sleep(0.3)  # sphinx-design's colour transitions
    screenshot(page, f"editing-{theme}")
    assert axe_violations(page, axe_source, ".importdemo-live", ".importdemo-live-editor") == []


def test_the_page_loads_no_runtime_before_a_run_is_asked_for(page: Any) -> None:
    loaded = page.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name)"
        ".filter(n => n.includes('pyodide'))"
    )
    assert loaded == []
