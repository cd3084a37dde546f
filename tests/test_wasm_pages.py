"""WebAssembly runtimes beside native ones: test ids, update, and the site's footer.

Skipped, saying why, where the 3.14 runtime cannot be installed;
``IMPORTDEMO_REQUIRE_WASM=1`` (set by CI) makes that a failure.
"""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from importdemo.errors import ExampleError
from importdemo.runner.wasm.runtimes import install_runtime, wasm_runtime
from tests.sphinx_command import SPHINX_BUILD

if TYPE_CHECKING:
    from pathlib import Path

NATIVE = f"--python={sys.executable}"
WASM = "--python=wasm:3.14"

PAGE = """\
# Page

```{example} same
same everywhere
```

```{example} platform
PENDING
```

```{example} starts-a-process
PENDING
```

```{example} only-for-3-14
:python: ">=3.14"
PENDING
```
"""


@pytest.fixture(autouse=True)
def _runtime_3_14() -> None:
    try:
        install_runtime(wasm_runtime("wasm:3.14"))
    except ExampleError as error:
        if os.environ.get("IMPORTDEMO_REQUIRE_WASM"):
            pytest.fail(f"wasm:3.14 is required (IMPORTDEMO_REQUIRE_WASM) but: {error}")
        pytest.skip(f"wasm:3.14 not checked: {error}")


@pytest.fixture
def course(tmp_path: Path) -> Path:
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "page.md").write_text(PAGE)
    programs = {
        "same": "print('same everywhere')\n",
        "platform": "import sys\nprint(sys.platform)\n",
        "starts-a-process": "import subprocess, sys\n"
        "subprocess.run([sys.executable, '-c', 'print(1)'], check=True)\n",
        "only-for-3-14": "import sys\nprint(sys.version_info[:2])\n",
    }
    for name, program in programs.items():
        (tmp_path / "examples" / name).mkdir(parents=True)
        (tmp_path / "examples" / name / "main.py").write_text(program)
    return tmp_path


def update(course: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "importdemo", "update", "docs", NATIVE, WASM, *args],
        cwd=course,
        capture_output=True,
        text=True,
        check=False,
    )


def test_update_gives_webassembly_an_output_of_its_own_only_where_it_differs(
    course: Path,
) -> None:
    result = update(course)
    assert "platform prints different things on different versions or runtimes" in result.stdout
    page = (course / "docs" / "page.md").read_text()
    assert "```{example} same\nsame everywhere\n```" in page
    assert (
        "````{example} platform\n"
        "```{output} >=3.9\nlinux\n```\n"
        "```{output} wasm\nemscripten\n```\n"
        "````"
    ) in page
    # Recorded from the native run alone: WebAssembly cannot start a process.
    assert "```{example} starts-a-process\n1\n```" in page
    # Recorded from the one runtime it is for, as its only output.
    assert '```{example} only-for-3-14\n:python: ">=3.14"\n(3, 14)\n```' in page


def test_pytest_names_webassembly_runs_and_skips_what_they_cannot_do(
    course: Path, pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("IMPORTDEMO_PYTHONS", "IMPORTDEMO_REQUIRE_PYTHON", "IMPORTDEMO_REQUIRE_EXAMPLES"):
        monkeypatch.delenv(name, raising=False)
    update(course)
    page = (course / "docs" / "page.md").read_text()
    page = page.replace(":module:", "").replace(
        "````{example} platform\n", "````{example} platform\n:changed: WebAssembly.\n"
    )
    pytester.makeini("[pytest]\n")
    pytester.makepyprojecttoml("[tool.importdemo]\n")
    (pytester.path / "docs").mkdir()
    (pytester.path / "docs" / "page.md").write_text(page)
    for folder in (course / "examples").iterdir():
        target = pytester.path / "examples" / folder.name
        target.mkdir(parents=True)
        (target / "main.py").write_text((folder / "main.py").read_text())
    result = pytester.runpytest_subprocess(NATIVE, WASM, "-p", "no:cacheprovider", "-v", "-rs")
    result.assert_outcomes(passed=6, skipped=2)
    result.stdout.fnmatch_lines(
        [
            "*docs/page.md::platform,line:7[[]3.14-wasm[]] PASSED*",
            f"*examples checked on CPython {platform.python_version()}, 3.14.2 (WebAssembly)*",
            "*starts-a-process on 3.14.2 (WebAssembly): not runnable in WebAssembly: "
            "it starts a process*",
        ]
    )


def test_the_footer_names_webassembly_releases_apart_and_says_what_could_not_run(
    course: Path,
) -> None:
    update(course)
    page = (
        (course / "docs" / "page.md")
        .read_text()
        .replace("````{example} platform\n", "````{example} platform\n:changed: WebAssembly.\n")
    )
    (course / "docs" / "index.md").write_text(page)
    (course / "docs" / "page.md").unlink()
    (course / "docs" / "conf.py").write_text(
        'extensions = ["myst_parser", "importdemo.sphinxext"]\n'
    )
    (course / "pyproject.toml").write_text(
        f'[tool.importdemo]\npythons = [{sys.executable!r}, "wasm:3.14"]\n'
    )
    built = subprocess.run(
        [*SPHINX_BUILD, "-W", "-q", "-b", "html", "docs", "_build"],
        cwd=course,
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    html = (course / "_build" / "index.html").read_text()
    release = platform.python_version()
    assert f"Output verified on CPython {release}, and on 3.14.2 compiled to WebAssembly." in html
    assert f"Output verified on CPython {release}. Not runnable in WebAssembly: it starts" in html
    assert "Python 3.13+ (WebAssembly)" in html  # the platform example's own tab
