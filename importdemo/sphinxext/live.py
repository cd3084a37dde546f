"""Run, edit and trace an example in the reader's browser.

Each example gets a node holding what a live run needs, as JSON: its files,
the Python arguments that run it (plain and traced), and, for each
WebAssembly runtime it is meant for, the output the tests expect there and
the release the build verified it on. The HTML writer puts the JSON in a
``<script type="application/json">`` element; ``importdemo-live.js`` builds
the Run, Trace, Edit and Reset buttons from it and runs the example in a Web
Worker (``importdemo-live-worker.js``), in the same CPython compiled to
WebAssembly, prepared by the same Python code, as the tests
(:mod:`importdemo.runner.wasm`). Other builders leave the node out.

Settings in ``conf.py``:

``importdemo_live`` (default ``True``)
    Offer live runs at all.
``importdemo_live_runtime_url`` (default ``""``)
    Load the runtimes from this URL, ``{pyodide}`` standing for the npm
    version (``https://cdn.jsdelivr.net/npm/pyodide@{pyodide}/``), instead of
    the copies the build puts in ``_static`` (see
    :mod:`importdemo.sphinxext.runtime_files`).
"""

from __future__ import annotations

import base64
import json
import re
import weakref
from pathlib import Path
from typing import TYPE_CHECKING, Any

from docutils import nodes
from sphinx.util import logging

from importdemo.runner.environment import EXAMPLE_ENVIRONMENT
from importdemo.runner.normalise import ADDRESS
from importdemo.runner.run import DEFAULT_OUTPUT_LIMIT, DEFAULT_TIMEOUT
from importdemo.runner.wasm.command import _PLATFORM_LIMITS
from importdemo.runner.wasm.runtimes import RUNTIMES
from importdemo.runner.wasm.workers import EXAMPLE_MOUNT
from importdemo.sphinxext.runtime_files import LIVE_FOLDER, copy_if_changed, serve_runtimes
from importdemo.sphinxext.written_files import written_files
from importdemo.tracing import TRACER_FOLDER, trace_command

if TYPE_CHECKING:
    from collections.abc import Sequence

    from sphinx.application import Sphinx
    from sphinx.writers.html5 import HTML5Translator

    from importdemo.pages.directive import PageExample
    from importdemo.runner.interpreter import Interpreter
    from importdemo.sphinxext.runtime_files import ServedRuntime

__all__ = ("BROWSER_TRACER", "live_data", "live_example", "setup_live")

logger = logging.getLogger(__name__)

#: Where the browser worker puts the tracer in the runtime's file system.
BROWSER_TRACER = "/importdemo/tracing/importlib_bootstrap_trace.py"
#: The run's HOME and TMPDIR, as in ``importdemo/runner/wasm/worker.mjs``.
_SCRATCH = "/importdemo/scratch"
_DEFAULT_RUNTIME = "3.14"
#: The builders whose pages a browser shows, and so can run examples.
_LIVE_BUILDERS = frozenset({"html", "dirhtml", "singlehtml"})
_SHIPPED = (
    Path(__file__).parents[1] / "runner" / "wasm" / "run_setup.py",
    Path(__file__).parents[1] / "tracing" / "importlib_bootstrap_trace.py",
)

#: The runtimes each build serves, found when it starts.
_SERVED: weakref.WeakKeyDictionary[Sphinx, list[ServedRuntime]] = weakref.WeakKeyDictionary()


class live_example(nodes.General, nodes.Element):
    """An example's live-run data (``node["data"]``), shown by HTML builders only."""


def live_data(
    directive: PageExample,
    folder: Path,
    files: Sequence[Path],
    *,
    verified: Sequence[Interpreter] = (),
    not_runnable: Sequence[str] = (),
) -> dict[str, Any]:
    """What the page's script needs to run the example in *folder* as the tests do.

    *files* are the example's files, relative to *folder*, in the order the
    page shows them; *verified* and *not_runnable* are what the build found.
    """
    entry = ["main.py"] if directive.module is None else ["-m", directive.module]
    # The runner's traced command, with the tracer where the browser puts it.
    host = str(TRACER_FOLDER / "importlib_bootstrap_trace.py")
    traced = [arg.replace(repr(host), repr(BROWSER_TRACER)) for arg in trace_command(entry)]
    assert repr(BROWSER_TRACER) in traced[1], traced
    shown = []
    for relative in files:
        data = (folder / relative).read_bytes()
        try:
            shown.append({"path": relative.as_posix(), "text": data.decode("utf-8")})
        except UnicodeDecodeError:
            shown.append({"path": relative.as_posix(), "base64": base64.b64encode(data).decode()})
    runtimes = []
    for runtime in RUNTIMES:
        version = tuple(int(part) for part in re.findall(r"\d+", runtime.release)[:3])
        if not directive.runs_on(version, webassembly=True):
            continue
        expected = directive.output_for(version, webassembly=True)
        releases = [p.release for p in verified if p.webassembly and p.release == runtime.release]
        runtimes.append(
            {
                "minor": runtime.minor,
                "expected": None if expected is None else expected.text,
                "verified": releases[0] if releases else "",
            }
        )
    return {
        "name": directive.name,
        "files": shown,
        "args": [*entry, *directive.args],
        "traceArgs": [*traced, *directive.args],
        "tracer": BROWSER_TRACER,
        "trace": directive.trace,
        "exitStatus": directive.exit_status,
        "runtimes": runtimes,
        "notRunnable": not_runnable[0] if not_runnable else "",
    }


def _script_json(value: object) -> str:
    """JSON that cannot end the ``<script>`` element holding it, nor start a comment."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _visit_html(self: HTML5Translator, node: live_example) -> None:
    if self.builder.name not in _LIVE_BUILDERS:  # an e-book: nothing runs there
        raise nodes.SkipNode
    served = {item.runtime.minor: item for item in _SERVED.get(self.builder.app, [])}
    data = dict(node["data"])
    name = data["name"]
    offered = []
    notes = []
    for runtime in data["runtimes"]:
        item = served.get(runtime["minor"])
        if item is not None and not item.reason:
            offered.append({**runtime, "release": item.runtime.release})
        elif item is not None:
            notes.append(f"Python {runtime['minor']} cannot run here: {item.reason}.")
    data["runtimes"] = offered
    self.body.append(f'<div class="importdemo-live" data-example="{self.encode(name)}">\n')
    if data["notRunnable"]:
        why = data["notRunnable"].removeprefix("not runnable in WebAssembly: ")
        notes = [f"This example cannot run in your browser: {why}."]
    elif not served:
        notes = ["Running in your browser is not available in this build."]
    elif not offered and not notes:
        notes = ["This example is not meant for the Pythons that run in your browser."]
    for note in notes:
        self.body.append(f'<p class="importdemo-live-note">{self.encode(note)}</p>\n')
    if offered and not data["notRunnable"]:
        self.body.append(
            f'<script type="application/json" class="importdemo-live-data">'
            f"{_script_json(data)}</script>\n"
        )
    self.body.append("</div>\n")
    raise nodes.SkipNode


def _skip(self: Any, node: live_example) -> None:
    raise nodes.SkipNode


def _serve(app: Sphinx) -> None:
    """Copy what live runs load into the site, and write the settings the script reads."""
    if not app.config.importdemo_live or app.builder.name not in _LIVE_BUILDERS:
        return
    static = Path(app.outdir) / "_static"
    written = written_files(app)
    served = serve_runtimes(static, cdn=app.config.importdemo_live_runtime_url, written=written)
    _SERVED[app] = served
    for item in served:
        if item.reason:
            logger.warning(
                "live runs on Python %s are off: %s",
                item.runtime.minor,
                item.reason,
                type="importdemo",
                subtype="live",
            )
    for source in _SHIPPED:
        copy_if_changed(source, static / LIVE_FOLDER / source.name, written=written)
    settings = {
        "runtimes": [
            {
                "minor": item.runtime.minor,
                "release": item.runtime.release,
                "url": item.url,
                "sizes": item.sizes,
                "stdlib": item.runtime.stdlib.as_posix(),
            }
            for item in served
            if not item.reason
        ],
        "default": _DEFAULT_RUNTIME,
        "setup": f"{LIVE_FOLDER}/{_SHIPPED[0].name}",
        "tracer": f"{LIVE_FOLDER}/{_SHIPPED[1].name}",
        "environment": EXAMPLE_ENVIRONMENT,
        "example": EXAMPLE_MOUNT.as_posix(),
        "scratch": _SCRATCH,
        "address": ADDRESS.pattern,
        "timeout": DEFAULT_TIMEOUT,
        "outputLimit": DEFAULT_OUTPUT_LIMIT,
        "notRunnable": _not_runnable_patterns(),
        "highlight": list(app.config.importdemo_highlight_steps),
    }
    target = static / LIVE_FOLDER / "settings.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps(settings, indent=1, sort_keys=True) + "\n"
    if not target.is_file() or target.read_text(encoding="utf-8") != text:
        target.write_text(text, encoding="utf-8")


def _add_script(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    """Load the script on the pages that have examples, and nowhere else."""
    offered = any(not item.reason for item in _SERVED.get(app, []))
    if offered and doctree is not None and any(doctree.findall(live_example)):
        app.add_js_file("importdemo-live.js", type="module")


def _not_runnable_patterns() -> list[list[str]]:
    """The runner's patterns for a run that hit a limit of WebAssembly, with its message.

    Each pattern is matched line by line (``re.MULTILINE``, JavaScript's ``m``).
    """
    return [
        [pattern.pattern, f"not runnable in WebAssembly: {reason}, which WebAssembly cannot do"]
        for pattern, reason in _PLATFORM_LIMITS
    ]


def setup_live(app: Sphinx) -> None:
    """Register the node, its settings, the scripts and the copying of the runtimes."""
    app.add_config_value("importdemo_live", True, "env", types=[bool])
    app.add_config_value("importdemo_live_runtime_url", "", "html", types=[str])
    app.add_node(
        live_example,
        html=(_visit_html, None),
        latex=(_skip, None),
        text=(_skip, None),
        man=(_skip, None),
        texinfo=(_skip, None),
    )
    app.connect("builder-inited", _serve)
    app.connect("html-page-context", _add_script)
