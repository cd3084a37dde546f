"""A MyST page's prose as plain Markdown, for a notebook's Markdown cells.

Jupyter renders CommonMark, not MyST: what only Sphinx understands is
rewritten into what a notebook shows, simply and without failing on what it
does not know.

- Roles: code roles (``{func}`x```, ``{mod}``, ``{data}``...) become a code
  span (``x()`` for functions and methods, as the site shows them);
  ``{term}``, ``{doc}`` and ``{ref}`` become their text, linked when
  :class:`Links` knows the address; ``{pep}`` links the PEP; any other role
  becomes its text.
- Directives: admonitions (``{note}``, ``{tip}``...) become block quotes
  headed by their title; a ``{dropdown}`` becomes its title, in bold, then
  its body; ``{code-block}`` a fenced block; a table of contents and what
  a notebook cannot show (includes, raw HTML, images of the site) nothing;
  any other directive its body.
- Targets ``(label)=``, comments ``% ...`` and block breaks ``+++`` go; a
  link to another page (``../howto/x.md#part``) gets the site's address
  when :class:`Links` knows it.
"""

from __future__ import annotations

import posixpath
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ("Links", "myst_to_markdown")

_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,}|:{3,})(?P<info>.*)$")
_DIRECTIVE = re.compile(r"^\{(?P<name>[\w:-]+)\}\s*(?P<argument>.*)$")
_OPTION = re.compile(r"^\s*:[\w-]+:")
_LABEL = re.compile(r"^\([\w.:-]+\)=\s*$")
_COMMENT = re.compile(r"^%")
_ROLE_OR_CODE = re.compile(r"\{(?P<role>[\w:.+-]+)\}(?P<ticks>`+)|(?P<code>`+)")
_EXPLICIT = re.compile(r"^(?P<title>.*?)\s*<(?P<target>[^<>]+)>$", re.DOTALL)
_LINK = re.compile(r"\]\((?P<target>[^()\s]+)\)")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)

#: Roles shown as code, as the site shows them.
_CODE_ROLES = {
    "attr", "class", "const", "data", "envvar", "exc", "file", "func", "kbd",
    "meth", "mod", "obj", "option", "program", "samp", "command", "type",
}  # fmt: skip
_CALLED = {"func", "meth"}
_ADMONITIONS = {
    "admonition", "attention", "caution", "danger", "error", "hint", "important",
    "note", "seealso", "tip", "warning", "versionadded", "versionchanged", "deprecated",
    "versionremoved",
}  # fmt: skip
_CODE_BLOCKS = {"code-block", "code", "sourcecode", "code-cell"}
_NOT_SHOWN = {"toctree", "include", "literalinclude", "raw", "image", "figure", "only", "meta"}
_TITLES = {"seealso": "See also", "versionadded": "New in version",
           "versionchanged": "Changed in version", "deprecated": "Deprecated since version",
           "versionremoved": "Removed in version"}  # fmt: skip


class Links:
    """Where the site's cross-references lead; this base class knows none.

    Each method returns ``None`` when it does not know, and the reference
    is then shown as its text. The Sphinx build's subclass
    (:mod:`importdemo.sphinxext.notebooks`) answers from the build.
    """

    def page(self, target: str) -> str | None:
        """The address of a Markdown link's *target* (``../x.md#part``, ``#part``)."""
        return None

    def doc(self, target: str) -> tuple[str, str] | None:
        """The title and address of the page ``{doc}`` names."""
        return None

    def ref(self, label: str) -> tuple[str, str] | None:
        """The title and address of the section ``{ref}`` names."""
        return None

    def term(self, term: str) -> str | None:
        """The address of a glossary term."""
        return None

    def python(self, role: str, target: str) -> str | None:
        """The address of a Python object (``func``, ``importlib.reload``)."""
        return None


def myst_to_markdown(text: str, links: Links | None = None) -> str:
    """*text*, MyST Markdown, as Markdown a notebook renders."""
    lines = _convert(text.splitlines(), links or Links())
    return "\n".join(lines).strip("\n") + "\n"


def _convert(lines: Sequence[str], links: Links) -> list[str]:
    out: list[str] = []
    prose: list[str] = []

    def flush() -> None:
        if prose:
            out.extend(_inline("\n".join(prose), links).split("\n"))
            prose.clear()

    index = 0
    while index < len(lines):
        line = lines[index]
        opening = _FENCE.match(line)
        if opening is None:
            if not (_LABEL.match(line) or _COMMENT.match(line) or line.strip() == "+++"):
                prose.append(line)
            index += 1
            continue
        flush()
        end = _closing(lines, index + 1, opening.group("fence"))
        body = lines[index + 1 : end]
        out.extend(_block(opening, body, lines[end] if end < len(lines) else "", links))
        index = end + 1
    flush()
    return out


def _closing(lines: Sequence[str], start: int, fence: str) -> int:
    """The index of the line that closes *fence*, or ``len(lines)``."""
    for index in range(start, len(lines)):
        found = _FENCE.match(lines[index])
        if (
            found is not None
            and found.group("fence")[0] == fence[0]
            and len(found.group("fence")) >= len(fence)
            and not found.group("info").strip()
        ):
            return index
    return len(lines)


def _block(opening: re.Match[str], body: Sequence[str], closing: str, links: Links) -> list[str]:
    directive = _DIRECTIVE.match(opening.group("info").strip())
    if directive is None:  # a code block: as it is
        return [opening.group(0), *body, closing or opening.group("indent") + opening["fence"]]
    name = directive.group("name").split(":")[-1]
    argument = directive.group("argument").strip()
    while body and _OPTION.match(body[0]):
        body = body[1:]
    if name in _NOT_SHOWN:
        return []
    if name in _CODE_BLOCKS:
        fence = "`" * max(3, *(len(run) for line in body for run in re.findall("`+", line)), 0)
        return [f"{fence}{argument}", *body, fence]
    inner = _convert(body, links)
    if name == "dropdown":
        return ["", f"**{_inline(argument, links)}**", "", *inner, ""] if argument else inner
    if name in _ADMONITIONS:
        title = _TITLES.get(name, name.capitalize())
        if name == "admonition":
            title = argument
        elif argument:
            title = f"{title} {argument}" if name.startswith(("version", "dep")) else argument
        quoted = [f"**{_inline(title, links)}**", "", *inner] if title else inner
        return ["", *(f"> {line}" if line else ">" for line in quoted), ""]
    return inner


def _inline(text: str, links: Links) -> str:
    """Roles and links of *text* rewritten; code spans kept as they are."""
    parts: list[str] = []
    position = 0
    while True:
        found = _ROLE_OR_CODE.search(text, position)
        if found is None:
            parts.append(_links(text[position:], links))
            return "".join(parts)
        ticks = found.group("ticks") or found.group("code")
        closing = re.compile(rf"(?<!`){ticks}(?!`)").search(text, found.end())
        if closing is None:  # not a code span: literal backticks
            parts.append(_links(text[position : found.end()], links))
            position = found.end()
            continue
        parts.append(_links(text[position : found.start()], links))
        content = text[found.end() : closing.start()]
        if found.group("role"):
            parts.append(_role(found.group("role").split(":")[-1], content, links))
        else:
            parts.append(text[found.start() : closing.end()])
        position = closing.end()


def _role(name: str, content: str, links: Links) -> str:
    explicit = _EXPLICIT.match(content)
    title, target = (explicit["title"], explicit["target"]) if explicit else ("", content)
    target = " ".join(target.split())
    if name in _CODE_ROLES:
        shown = title or _shown_name(target, called=name in _CALLED)
        url = links.python(name, target.lstrip("~!"))
        return _linked(_code(shown), url)
    if name == "term":
        return _linked(title or target, links.term(target))
    if name in ("doc", "ref"):
        found = links.doc(target) if name == "doc" else links.ref(target)
        if found is None:
            return title or (posixpath.basename(target) if name == "doc" else target)
        return _linked(title or found[0], found[1])
    if name == "pep":
        number = target.split("#")[0]
        url = f"https://peps.python.org/pep-{int(number):04d}/" if number.isdigit() else None
        return _linked(title or f"PEP {number}", url)
    if name == "math":
        return f"${content}$"
    return title or target


def _shown_name(target: str, *, called: bool) -> str:
    shown = target.lstrip("!")
    if shown.startswith("~"):
        shown = shown[1:].rsplit(".", 1)[-1]
    return f"{shown}()" if called and not shown.endswith(")") else shown


def _code(text: str) -> str:
    longest = max((len(run) for run in re.findall("`+", text)), default=0)
    ticks = "`" * (longest + 1)
    return f"{ticks}{text}{ticks}"


def _linked(text: str, url: str | None) -> str:
    return f"[{text}]({url})" if url else text


def _links(text: str, links: Links) -> str:
    def address(found: re.Match[str]) -> str:
        target = found.group("target")
        if _SCHEME.match(target):
            return found.group(0)
        url = links.page(target)
        return f"]({url})" if url else found.group(0)

    return _LINK.sub(address, text)
