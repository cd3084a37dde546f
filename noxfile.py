"""Sessions for developing importdemo: `nox -l` lists them."""

from __future__ import annotations

import shutil
from pathlib import Path

import nox

nox.needs_version = ">=2025.2.9"
nox.options.default_venv_backend = "uv|virtualenv"
nox.options.sessions = ["tests", "docs", "lint", "browser"]

PROJECT = nox.project.load_toml("pyproject.toml")
PYTHON = "3.11"
DOCS_BUILD = Path("docs/_build")


#: Installs write each package's bytecode (uv does not by default), so that a
#: machine where Python writes none (PYTHONDONTWRITEBYTECODE, as on some CI)
#: does not compile Sphinx and pytest again in every process a session starts.
_INSTALL_ENV = {"UV_COMPILE_BYTECODE": "1"}


def _install(session: nox.Session, *groups: str) -> None:
    session.install("-e", ".", env=_INSTALL_ENV)
    for group in groups:
        session.install(*nox.project.dependency_groups(PROJECT, group), env=_INSTALL_ENV)


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    """Run the unit tests and every example of the pages, on every CPython found."""
    _install(session, "test", "docs")
    session.run("pytest", "-n", "auto", "--dist", "worksteal", *session.posargs)


@nox.session(python=PYTHON)
def docs(session: nox.Session) -> None:
    """Build the site into docs/_build/html, warnings as errors."""
    _install(session, "docs")
    session.run(
        "sphinx-build",
        "-W",
        "--keep-going",
        "-b",
        "html",
        "docs",
        str(DOCS_BUILD / "html"),
        *session.posargs,
    )


@nox.session(python=PYTHON, default=False)
def pdf(session: nox.Session) -> None:
    """Build the whole site as one PDF, docs/_build/pdf/importdemo.pdf (needs TeX Live).

    Sphinx's own LaTeX builder, with XeLaTeX for the pages' Unicode (box
    drawing, arrows, dashes) and latexmk, from Debian's TeX Live packages
    (.ci/run installs them). Measured against sphinx-simplepdf (WeasyPrint
    printing the single-page HTML) on the full site: WeasyPrint took 65 s of
    CPU for the PDF alone, and left ~300 internal links broken ("No anchor");
    XeLaTeX took 3 runs of ~8 s of CPU, and Sphinx lays
    the examples out for print itself: titled listings, wrapped long lines,
    a table of contents, page numbers, a PDF outline, working cross-references.
    Build the PDF before `nox -s docs`: the site copies it and its root page
    links it (importdemo_pdf in conf.py).
    """
    if shutil.which("latexmk") is None or shutil.which("xelatex") is None:
        session.error(
            "nox -s pdf needs latexmk and xelatex: apt-get install latexmk texlive-xetex "
            "texlive-latex-recommended texlive-latex-extra texlive-fonts-recommended "
            "fonts-freefont-otf"
        )
    _install(session, "docs")
    latex = DOCS_BUILD / "latex"  # beside html/: the examples' results are shared
    session.run("sphinx-build", "-W", "--keep-going", "-q", "-b", "latex", "docs", str(latex))
    target = (DOCS_BUILD / "pdf" / "importdemo.pdf").absolute()
    session.chdir(latex)  # latexmk reads the latexmkrc Sphinx wrote there (XeLaTeX)
    session.run(
        "latexmk",
        "-pdf",
        "-dvi-",
        "-ps-",
        "-interaction=nonstopmode",
        "-halt-on-error",
        "-quiet",
        "importdemo.tex",
        external=True,
        env={"LATEXOPTS": "", "XINDYOPTS": ""},  # the latexmkrc reads both
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2("importdemo.pdf", target)
    session.log(f"wrote {target}")


@nox.session(python=PYTHON)
def browser(session: nox.Session) -> None:
    """Build the site and check it in headless Chromium, offline.

    Tabs, copy buttons, downloads, search, contrast, and the examples run,
    edited and traced in the page, and axe-core on every page, light and dark;
    the time from Run to output is printed at the end.
    """
    _install(session, "browser", "docs")
    html = DOCS_BUILD / "html"
    session.run("sphinx-build", "-W", "--keep-going", "-q", "-b", "html", "docs", str(html))
    session.run(
        "pytest",
        "-m",
        "browser",
        "tests/browser",
        "-p",
        "no:cacheprovider",
        *session.posargs,
        env={"IMPORTDEMO_SITE": str(html.absolute())},
    )


@nox.session(name="docs-live", python=PYTHON, default=False)
def docs_live(session: nox.Session) -> None:
    """Serve the site on localhost and rebuild it as pages change."""
    _install(session, "docs-live")
    session.run(
        "sphinx-autobuild",
        "docs",
        str(DOCS_BUILD / "live"),
        "--watch",
        "examples",
        "--watch",
        "importdemo",
        *session.posargs,
    )


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    """Check style and types: ruff check, ruff format --check, mypy --strict."""
    _install(session, "lint")
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("mypy")


@nox.session(python=PYTHON, default=False)
def update(session: nox.Session) -> None:
    """Rewrite stale outputs in the pages from fresh runs of the examples."""
    _install(session)
    session.run("python", "-m", "importdemo", "update", *session.posargs)


@nox.session(python=PYTHON, default=False)
def bench(session: nox.Session) -> None:
    """Print the runner's and the docs build's speed as ratios to the physical floor.

    Then the live runs' times in headless Chromium, against their targets.
    """
    _install(session, "browser", "docs")
    session.run("python", "benchmarks/bench.py", *session.posargs)


@nox.session(python=PYTHON)
def dist(session: nox.Session) -> None:
    """Build the sdist and wheel, check them, and use the wheel alone on a sample course.

    `twine check --strict` checks what PyPI would show. The course in
    tests/samples/course is copied to a temporary folder, where nothing of
    this repository is importable: pytest verifies its pages and sphinx-build
    builds its site, as they would for any course that installs importdemo
    from PyPI.
    """
    session.install("build", "twine", env=_INSTALL_ENV)
    dist_dir = Path(session.create_tmp()) / "dist"
    shutil.rmtree(dist_dir, ignore_errors=True)
    session.run("python", "-m", "build", "--outdir", str(dist_dir), silent=True)
    [wheel] = dist_dir.glob("importdemo-*.whl")
    [sdist] = dist_dir.glob("importdemo-*.tar.gz")
    session.run("twine", "check", "--strict", str(wheel), str(sdist))
    session.install(f"{wheel}[sphinx,pytest]", env=_INSTALL_ENV)
    course = Path(session.create_tmp()) / "course"
    shutil.rmtree(course, ignore_errors=True)
    shutil.copytree("tests/samples/course", course)
    session.chdir(course)
    installed = "import importdemo; assert 'site-packages' in importdemo.__file__"
    session.run("python", "-c", installed)
    # The course's own CI asks for every runtime; this check needs only the one above.
    unrequired = {"IMPORTDEMO_REQUIRE_PYTHON": "", "IMPORTDEMO_REQUIRE_WASM": ""}
    session.run("pytest", "--require-examples", *session.posargs, env=unrequired)
    session.run("sphinx-build", "-W", "--keep-going", "-q", "-b", "html", "docs", "_build/html")
    session.run("python", "-m", "importdemo", "update", "--check")


@nox.session(python=False, default=False)
def clean(session: nox.Session) -> None:
    """Remove the site build."""
    shutil.rmtree(DOCS_BUILD, ignore_errors=True)
