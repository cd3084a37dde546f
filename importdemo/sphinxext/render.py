"""Docutils nodes for an example: its files, the command, its output.

Tabs are sphinx-design components, built as its ``tab-set`` and
``tab-item`` directives build them, so they look and behave like every
other tab set of the site.
"""

from __future__ import annotations

import shlex
from typing import TYPE_CHECKING

from docutils import nodes
from sphinx_design.shared import create_component

from importdemo.sphinxext.printed import trace_timeline

if TYPE_CHECKING:
    from collections.abc import Sequence
    from pathlib import Path

    from importdemo.pages.directive import PageExample
    from importdemo.runner.interpreter import Interpreter

__all__ = (
    "DOWNLOAD_CLASS",
    "command_line",
    "example_node",
    "file_tree",
    "footer_texts",
    "release_list",
    "verified_sentence",
)

#: The class of the link to the example's zip file, whose URI each builder resolves.
DOWNLOAD_CLASS = "importdemo-download"
_LANGUAGES = {".py": "python", ".pth": "text", ".txt": "text", ".cfg": "ini", ".toml": "toml"}


def command_line(directive: PageExample) -> str:
    """The command as a reader types it: in the example's folder, or beside it to trace.

    Arguments are quoted as a shell needs them: ``$ python main.py 'two words'``.
    """
    if directive.trace:
        module = [] if directive.module is None else ["--module", directive.module]
        args = ["--", *map(shlex.quote, directive.args)] if directive.args else []
        return " ".join(["$ python -m importdemo trace", directive.name, *module, *args])
    entry = ["main.py"] if directive.module is None else ["-m", directive.module]
    return " ".join(["$ python", *entry, *map(shlex.quote, directive.args)])


def example_node(
    directive: PageExample,
    files: Sequence[tuple[Path, str]],
    *,
    changed: Sequence[nodes.Node] = (),
    verified: Sequence[Interpreter] = (),
    not_runnable: Sequence[str] = (),
    download: str = "",
    repository: str = "",
    live: nodes.Element | None = None,
    pending: nodes.Element | None = None,
) -> nodes.container:
    """The whole example: a tree of its folders, file tabs, command and output(s).

    *changed* is the ``:changed:`` text, parsed, shown above outputs that
    differ by version; *verified* the interpreters whose output the build
    checked, named by exact release; *not_runnable* why it could not run on a
    platform (WebAssembly); *download* the path of the example's zip file in
    the site (made relative to each page, or absolute, for each builder by
    :mod:`importdemo.sphinxext.zip_links`) and *repository* the URI of its
    folder online, each linked below the output;
    *live*, when given, the node that lets a reader run it in the page
    (:mod:`importdemo.sphinxext.live`), placed after the output; *pending*,
    when given, the node that stands for *verified* and *not_runnable* until
    the build's runs are in (:mod:`importdemo.sphinxext.verify`), at the
    start of the footer.
    """
    example = nodes.container(classes=["importdemo-example"])
    if any(len(path.parts) > 1 for path, _ in files):
        example += _block(
            file_tree(directive.name, [p for p, _ in files]), "text", ["importdemo-tree"]
        )
    if directive.trace:  # the files were shown with the plain run; fold them here
        example += nodes.raw("", "<details><summary>The files</summary>", format="html")
        example += _files(directive, files)
        example += nodes.raw("", "</details>", format="html")
    else:
        example += _files(directive, files)
    example += _block(command_line(directive) + "\n", "console", ["importdemo-command"])
    if changed and len(directive.outputs) > 1:
        example += nodes.paragraph("", "", *changed, classes=["importdemo-changed"])
    example += _outputs(directive)
    if live is not None:
        example += live
    footer = nodes.paragraph("", "", classes=["importdemo-footer"])
    if pending is not None:
        footer += pending
    footer.extend(footer_texts(verified, not_runnable))
    links: tuple[tuple[str, str, list[str]], ...] = (
        ("Download the example (.zip)", download, [DOWNLOAD_CLASS]),
        ("Browse it", repository, []),
    )
    for label, uri, classes in links:
        if uri:
            footer += nodes.Text(" ")
            footer += nodes.reference("", label, refuri=uri, classes=["importdemo-link", *classes])
    if footer.children:
        example += footer
    return example


def footer_texts(verified: Sequence[Interpreter], not_runnable: Sequence[str]) -> list[nodes.Text]:
    """The start of an example's footer: the releases it was verified on, why it cannot run."""
    texts = [nodes.Text(verified_sentence(verified))] if verified else []
    texts += [nodes.Text(f" {reason[0].upper()}{reason[1:]}.") for reason in not_runnable]
    return texts


def file_tree(name: str, paths: Sequence[Path]) -> str:
    """An indented listing of the example's folders and files, like ``tree``."""
    lines = [f"{name}/"]
    shown: set[tuple[str, ...]] = set()
    for path in sorted(paths, key=lambda path: path.parts):
        for depth in range(1, len(path.parts)):
            folder = path.parts[:depth]
            if folder not in shown:
                shown.add(folder)
                lines.append("    " * depth + folder[-1] + "/")
        lines.append("    " * len(path.parts) + path.name)
    return "\n".join(lines) + "\n"


def verified_sentence(interpreters: Sequence[Interpreter]) -> str:
    """``Output verified on CPython 3.12.1 and 3.13.0, and on 3.14.2 compiled to WebAssembly.``"""
    native = [python.release for python in interpreters if not python.webassembly]
    wasm = [python.release for python in interpreters if python.webassembly]
    parts = []
    if native:
        parts.append(f"CPython {release_list(native)}")
    if wasm:
        compiled = f"{release_list(wasm)} compiled to WebAssembly"
        parts.append(f"on {compiled}" if native else f"CPython {compiled}")
    return f"Output verified on {', and '.join(parts)}."


def release_list(releases: Sequence[str]) -> str:
    """``3.9.18, 3.12.1 and 3.13.0``: every release named, never a range.

    A range such as ``3.9\u20133.13`` would let a reader on 3.13.5 believe their
    release was checked; only the releases that ran are named.
    """
    if len(releases) < 2:
        return "".join(releases)
    return f"{', '.join(releases[:-1])} and {releases[-1]}"


def _files(directive: PageExample, files: Sequence[tuple[Path, str]]) -> nodes.Element:
    if len(files) == 1:
        path, text = files[0]
        wrapper = nodes.container(
            "", literal_block=True, classes=["literal-block-wrapper", "importdemo-file"]
        )
        wrapper += nodes.caption(path.as_posix(), path.as_posix())
        wrapper += _code(path, text, directive.emphasize.get(path.as_posix(), ()))
        return wrapper
    return _tabs(
        [
            (path.as_posix(), _code(path, text, directive.emphasize.get(path.as_posix(), ())))
            for path, text in files
        ],
        classes=["importdemo-files"],
        sync_group=f"importdemo-{directive.name}",
    )


def _outputs(directive: PageExample) -> list[nodes.Element]:
    status = (
        []
        if directive.exit_status == 0
        else [
            nodes.paragraph(
                "", f"exit status {directive.exit_status}", classes=["importdemo-status"]
            )
        ]
    )

    def shown(text: str) -> nodes.Element:
        if directive.trace:
            return trace_timeline("", output=text)
        return _block(text, "text", ["importdemo-output"])

    if len(directive.outputs) == 1:
        return [shown(directive.outputs[0].text), *status]
    tabs = _tabs(
        [(output.versions.label(), shown(output.text)) for output in directive.outputs],
        classes=["importdemo-outputs"],
    )
    return [tabs, *status]


def _code(path: Path, text: str, emphasize: Sequence[int] = ()) -> nodes.literal_block:
    block = _block(text, _LANGUAGES.get(path.suffix, "text"), ["importdemo-code"])
    block["source"] = path.as_posix()
    if emphasize:
        block["highlight_args"] = {"hl_lines": list(emphasize)}
    return block


def _block(text: str, language: str, classes: list[str]) -> nodes.literal_block:
    block = nodes.literal_block(text, text, classes=classes)
    block["language"] = language
    return block


def _tabs(
    items: Sequence[tuple[str, nodes.Element]], *, classes: list[str], sync_group: str = ""
) -> nodes.container:
    tab_set = create_component("tab-set", classes=["sd-tab-set", *classes])
    for index, (label, content) in enumerate(items):
        tab_item = create_component("tab-item", classes=["sd-tab-item"], selected=index == 0)
        tab_label = nodes.rubric(label, label, classes=["sd-tab-label"])
        if sync_group:  # the tab of the same name is picked in each tab set of the group
            tab_label["sync_group"] = sync_group
            tab_label["sync_id"] = label
        tab_item += tab_label
        tab_content = create_component("tab-content", classes=["sd-tab-content"])
        tab_content += content
        tab_item += tab_content
        tab_set += tab_item
    return tab_set
