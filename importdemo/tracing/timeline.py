"""Turn a traced run's output into an HTML timeline for the site.

Trace lines (starting with :data:`~importdemo.tracing.PREFIX`) become steps,
indented by how deeply they are nested; the example's own lines are shown
in place, at the depth of the module that printed them. Plain HTML and CSS,
made at build time: no JavaScript, nothing from outside.

Failing steps are marked as failures; which other steps stand out is the
course's choice (``importdemo_highlight_steps`` in its ``conf.py``), for
example the steps its first chapter teaches.
"""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from importdemo.tracing import PREFIX

if TYPE_CHECKING:
    from collections.abc import Collection

__all__ = ("FAILURES", "STEPS", "step_kind", "timeline_html")

#: The steps a trace line can name, in the order an import takes them.
STEPS = ("lookup", "find", "create", "cache", "exec", "bind", "fail", "remove")
#: The steps that report a failed import.
FAILURES = frozenset({"fail", "remove"})


def step_kind(step: str, highlight: Collection[str]) -> str:
    """How a step is shown: ``"failure"``, ``"highlighted"`` (one of *highlight*) or ``"other"``."""
    if step in FAILURES:
        return "failure"
    return "highlighted" if step in highlight else "other"


def timeline_html(output: str, *, highlight: Collection[str] = ()) -> str:
    """The HTML of one traced output, the steps named in *highlight* highlighted."""
    rows = []
    depth = 0
    for line in output.splitlines():
        if not line.startswith(PREFIX):
            rows.append(_row("importdemo-printed", depth, html.escape(line) or "&nbsp;"))
            continue
        body = line[len(PREFIX) :]
        indent = (len(body) - len(body.lstrip(" "))) // 2
        step, _, text = body.strip().partition(" ")
        text = text.strip()
        if step == "exec" and not text.endswith(": start") and ": start," not in text:
            depth = indent  # the module's code has ended or raised
        kind = step_kind(step, highlight)
        label = f'<span class="importdemo-step-name">{html.escape(step)}</span>'
        rows.append(
            _row(f"importdemo-step importdemo-step-{kind}", indent, f"{label} {html.escape(text)}")
        )
        if step == "exec" and (text.endswith(": start") or ": start," in text):
            depth = indent + 1
    return '<div class="importdemo-timeline">\n' + "\n".join(rows) + "\n</div>\n"


def _row(classes: str, depth: int, content: str) -> str:
    return f'<div class="{classes}" style="--importdemo-depth: {depth}">{content}</div>'
