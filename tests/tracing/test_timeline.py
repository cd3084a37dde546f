"""Traced runs as the pages draw them: which steps stand out is the course's choice."""

from __future__ import annotations

import re

from pygments.token import Generic, Keyword, Name

from importdemo.sphinxext.trace_lexer import TraceLexer
from importdemo.tracing.timeline import timeline_html

TRACE = (
    "\u2502 lookup helper: miss\n"
    "\u2502 find   helper: PathFinder, <example>/helper.py\n"
    "hello\n"
    "\u2502 fail   import nope: ModuleNotFoundError: No module named 'nope'\n"
)


def step_classes(html: str) -> dict[str, str]:
    """Each step's name, and the class that says how it is shown."""
    rows = re.findall(
        r'importdemo-step-(\w+)" [^>]*><span class="importdemo-step-name">(\w+)', html
    )
    return {step: kind for kind, step in rows}


def test_a_timeline_highlights_no_step_unless_asked() -> None:
    assert step_classes(timeline_html(TRACE)) == {
        "lookup": "other",
        "find": "other",
        "fail": "failure",
    }


def test_a_timeline_highlights_the_steps_it_is_given() -> None:
    assert step_classes(timeline_html(TRACE, highlight={"find"})) == {
        "lookup": "other",
        "find": "highlighted",
        "fail": "failure",
    }


def token_of(lexer: TraceLexer, step: str) -> object:
    return next(kind for kind, text in lexer.get_tokens(TRACE) if text == step)


def test_the_printed_trace_highlights_the_same_steps_as_keywords() -> None:
    assert token_of(TraceLexer(), "find") is Name.Builtin
    highlighting = TraceLexer(highlight=["find", "fail"])
    assert token_of(highlighting, "find") is Keyword
    assert token_of(highlighting, "lookup") is Name.Builtin
    assert token_of(highlighting, "fail") is Generic.Error
