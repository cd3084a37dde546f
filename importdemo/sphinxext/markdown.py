"""Docutils text as plain Markdown: a page's paragraph, copied into a README.

Only what a paragraph of prose holds is written out: text, ``code``,
*emphasis*, **strong** and links. Whatever else it holds (a role Sphinx has
not resolved yet, an inline image) is written as its text, so a reader of
the README never sees markup meant for the site.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Optional

from docutils import nodes

__all__ = ("LinkResolver", "code_block", "inline_markdown")

#: Given a reference or cross-reference node, the address it points to and
#: the node whose children are the link's text (itself, or the reference
#: Sphinx resolved it to), or ``None`` to write its text alone.
LinkResolver = Callable[[nodes.Element], Optional[tuple[str, nodes.Element]]]

_SPECIAL = re.compile(r"([\\`*\[\]<>])")
#: An underscore that could start or end emphasis: not between two word characters.
_UNDERSCORE = re.compile(r"(?<!\w)_|_(?!\w)")
_SPACE = re.compile(r"\s+")
#: What would start a heading, a list or a quote at the start of a line.
_BLOCK_START = re.compile(r"^([#+-]|\d+[.)])(?=\s|$)")


def inline_markdown(node: nodes.Node, *, resolve: LinkResolver | None = None) -> str:
    """The text of *node* as one line of Markdown.

    Soft line breaks become spaces, so a Markdown reader cannot take a line
    that starts with ``-`` or ``#`` for a list or a heading. *resolve*
    (see :data:`LinkResolver`) gives cross-references their address.
    """
    text = _SPACE.sub(" ", _markdown(node, resolve)).strip()
    return _BLOCK_START.sub(_escape_block_start, text, count=1)


def code_block(text: str, language: str = "") -> str:
    """*text* fenced as a Markdown code block, byte for byte.

    The fence is longer than any run of backticks in *text*, so no line of
    it can close the block early; *text* is kept as it is, trailing spaces
    included. A final newline is added only when *text* lacks one.
    """
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    body = text if text.endswith("\n") or not text else text + "\n"
    return f"{fence}{language}\n{body}{fence}\n"


def _markdown(node: nodes.Node, resolve: LinkResolver | None) -> str:
    if isinstance(node, nodes.Text):
        return _escaped(node.astext())
    if isinstance(node, nodes.literal):
        return _code_span(node.astext())
    if not isinstance(node, nodes.Element):
        return ""
    if isinstance(node, (nodes.footnote_reference, nodes.citation_reference, nodes.target)):
        return ""
    if resolve is not None and _is_link(node):
        link = resolve(node)
        if link is not None:
            uri, text = link
            return f"[{_children(text, None)}]({_address(uri)})"
    inner = _children(node, resolve)
    if isinstance(node, nodes.emphasis) and inner:
        return f"*{inner}*"
    if isinstance(node, nodes.strong) and inner:
        return f"**{inner}**"
    return inner


def _children(node: nodes.Element, resolve: LinkResolver | None) -> str:
    return "".join(_markdown(child, resolve) for child in node.children)


def _is_link(node: nodes.Element) -> bool:
    return isinstance(node, nodes.reference) or node.tagname == "pending_xref"


def _address(uri: str) -> str:
    """A link's address, in angle brackets when it holds a space or parenthesis."""
    return f"<{uri}>" if re.search(r"[\s()<>]", uri) else uri


def _escape_block_start(start: re.Match[str]) -> str:
    marker = start.group(0)  # 1. is escaped as 1\. and # as \#
    return f"{marker[:-1]}\\{marker[-1]}" if marker[0].isdigit() else f"\\{marker}"


def _escaped(text: str) -> str:
    return _UNDERSCORE.sub(r"\\_", _SPECIAL.sub(r"\\\1", text))


def _code_span(text: str) -> str:
    text = _SPACE.sub(" ", text)
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    ticks = "`" * (longest + 1)
    padded = f" {text} " if text.startswith("`") or text.endswith("`") else text
    return f"{ticks}{padded}{ticks}"
