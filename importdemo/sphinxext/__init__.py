"""Sphinx extension: the ``{example}`` directive, and checks on the examples.

In ``conf.py``::

    extensions = ["myst_parser", "sphinx_design", "importdemo.sphinxext"]

The examples folder, the interpreters and the limits of each run come from
the course's ``[tool.importdemo]`` table, in the ``pyproject.toml`` found
from ``conf.py``'s folder up (see :mod:`importdemo.config`); without one,
the examples are in ``examples/`` beside the folder of ``conf.py``.

It warns (a build error under ``-W``) about a directive that names no
example or is malformed, about an example folder that no page uses (unless
``require_used = false``), and, unless ``importdemo_check_outputs = False``,
about a page whose output is not what the example prints now, on each of
the course's ``pythons`` (default: every CPython 3.9+ found, and the
WebAssembly runtimes). Each example then says which versions it was
verified on. Results are cached beside the
build's output folder, keyed on the example's files, so a rebuild runs only
what changed.

In HTML, each example can also be run, edited and traced in the reader's
browser, on the same CPythons compiled to WebAssembly that the tests use
(:mod:`importdemo.sphinxext.live`; ``importdemo_live = False`` turns it off).
Trace timelines highlight the import steps named in
``importdemo_highlight_steps`` (default: none).

Each warning has the type ``importdemo`` and a subtype (``example``,
``stale``, ``run``, ``unused``, ``live``, ``config``, ``license``, ``readme``) that
``suppress_warnings`` takes, such as ``"importdemo.unused"``.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from sphinx.errors import ConfigError
from sphinx.util import logging

from importdemo import __version__
from importdemo.config import CourseConfig, load_config
from importdemo.errors import ExampleError
from importdemo.runner.example_folders import example_names
from importdemo.sphinxext.build_runs import start_runs
from importdemo.sphinxext.directive import ExampleDirective
from importdemo.sphinxext.live import setup_live
from importdemo.sphinxext.locations import setting_location
from importdemo.sphinxext.notebooks import setup_notebooks
from importdemo.sphinxext.pdf_link import setup_pdf_link
from importdemo.sphinxext.printed import TRACE_LANGUAGE, setup_printed
from importdemo.sphinxext.teaching import setup_teaching
from importdemo.sphinxext.verify import setup_verify
from importdemo.sphinxext.written_files import setup_written_files
from importdemo.sphinxext.zip_links import setup_zip_links
from importdemo.tracing.timeline import STEPS

if TYPE_CHECKING:
    from sphinx.application import Sphinx
    from sphinx.config import Config
    from sphinx.environment import BuildEnvironment

__all__ = ("setup",)

logger = logging.getLogger(__name__)


def _resolve_examples(app: Sphinx, config: Config) -> None:
    """Read the course's ``[tool.importdemo]`` table, found from ``conf.py``'s folder up."""
    try:
        course = load_config(Path(app.confdir))
    except ExampleError as error:  # a bad setting: say which, not "Extension error"
        raise ConfigError(str(error)) from None
    if course.source is None:  # no table: the usual layout, docs/conf.py beside examples/
        course = CourseConfig(root=Path(app.confdir).parent.resolve())
    config.importdemo_examples_path = str(course.examples)
    config.importdemo_pythons = list(course.pythons)
    config.importdemo_timeout = course.timeout
    config.importdemo_output_limit = course.output_limit
    config.importdemo_require_used = course.require_used


def _highlight_trace_steps(app: Sphinx, config: Config) -> None:
    """Hand ``importdemo_highlight_steps`` to the trace lexer, as Pygments options go."""
    options = dict(config.highlight_options.get(TRACE_LANGUAGE, {}))
    options.setdefault("highlight", list(config.importdemo_highlight_steps))
    config.highlight_options = {**config.highlight_options, TRACE_LANGUAGE: options}


def _check_highlight_steps(app: Sphinx) -> None:
    unknown = [step for step in app.config.importdemo_highlight_steps if step not in STEPS]
    if unknown:
        logger.warning(
            "importdemo_highlight_steps names %s, which no trace line has; the steps are %s",
            ", ".join(map(repr, unknown)),
            ", ".join(STEPS),
            location=setting_location(app, "importdemo_highlight_steps"),
            type="importdemo",
            subtype="config",
        )


def _add_static(app: Sphinx) -> None:
    static = str(Path(__file__).parent / "static")
    if static not in app.config.html_static_path:
        app.config.html_static_path.append(static)


def _start_env(app: Sphinx, env: BuildEnvironment, docnames: Any, *_: Any) -> None:
    if not hasattr(env, "importdemo_used"):
        env.importdemo_used = {}  # type: ignore[attr-defined]
    if app.config.importdemo_check_outputs:
        start_runs(app, env, docnames)


def _purge(app: Sphinx, env: BuildEnvironment, docname: str) -> None:
    # Removed pages are purged before env-before-read-docs; the record may not exist yet.
    getattr(env, "importdemo_used", {}).pop(docname, None)


def _merge(app: Sphinx, env: BuildEnvironment, docnames: set[str], other: BuildEnvironment) -> None:
    used: dict[str, set[str]] = env.importdemo_used  # type: ignore[attr-defined]
    for docname, names in other.importdemo_used.items():  # type: ignore[attr-defined]
        if docname in docnames:
            used[docname] = names


def _warn_unused(app: Sphinx, env: BuildEnvironment) -> None:
    examples = Path(app.config.importdemo_examples_path)
    if not examples.is_dir() or not app.config.importdemo_require_used:
        return
    used = set().union(*env.importdemo_used.values())  # type: ignore[attr-defined]
    for name in example_names(examples):
        if name not in used:
            logger.warning(
                "example folder %s is used by no page; show it with "
                "```{example} %s``` or remove it",
                examples / name,
                name,
                # The message names the folder: a string location would be read as a page.
                type="importdemo",
                subtype="unused",
            )


def setup(app: Sphinx) -> dict[str, Any]:
    """Register the directive, its settings and its checks."""
    app.setup_extension("sphinx_design")
    app.add_config_value("importdemo_check_outputs", True, "env", types=[bool])
    # Read from [tool.importdemo] (importdemo.config), not set in conf.py:
    app.add_config_value("importdemo_examples_path", "", "env", types=[str])
    app.add_config_value("importdemo_pythons", [], "env", types=[list])
    app.add_config_value("importdemo_timeout", 10.0, "env", types=[float])
    app.add_config_value("importdemo_output_limit", 1 << 20, "env", types=[int])
    app.add_config_value("importdemo_require_used", True, "env", types=[bool])
    app.add_config_value("importdemo_repository_url", "", "env", types=[str])
    # The trace steps that timelines highlight; the engine highlights none.
    app.add_config_value("importdemo_highlight_steps", [], "env", types=[list, tuple])
    app.add_directive("example", ExampleDirective)
    app.connect("config-inited", _resolve_examples)
    # After Sphinx turns old-style highlight_options into one dict per language (800).
    app.connect("config-inited", _highlight_trace_steps, priority=900)
    app.connect("builder-inited", _add_static)
    app.connect("builder-inited", _check_highlight_steps)
    app.connect("env-before-read-docs", _start_env)
    app.connect("env-purge-doc", _purge)
    app.connect("env-merge-info", _merge)
    app.connect("env-check-consistency", _warn_unused)
    app.add_css_file("importdemo.css")
    app.add_js_file("importdemo.js", defer="")  # wide code blocks scroll from the keyboard
    setup_written_files(app)  # what the site holds of earlier builds: rewrite only what changed
    setup_live(app)
    setup_verify(app)  # the build's runs: started ahead, filled in, ended with the build
    setup_printed(app)  # tabs and timelines one after another, where nothing is interactive
    setup_zip_links(app)
    setup_pdf_link(app)  # the root page links the printable course when it is built
    setup_teaching(app)  # the zips: each example's, each chapter's, the course's
    setup_notebooks(app)  # a Jupyter notebook per chapter, linked from it
    return {"version": __version__, "parallel_read_safe": True, "parallel_write_safe": True}
