"""The pages in the order a reader meets them: the tables of contents, depth first.

The root page comes first, then each page its tables of contents list, in
their order, each followed by the pages its own tables of contents list.
Pages no table of contents lists come last, sorted by name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sphinx import addnodes

if TYPE_CHECKING:
    from sphinx.environment import BuildEnvironment

__all__ = ("reading_order",)


def reading_order(env: BuildEnvironment, root: str) -> list[tuple[str, str]]:
    """Each page's document name with the caption of the root's table of contents that lists it.

    The caption is ``""`` for the root page, for pages listed by a table of
    contents without one, and for pages no table of contents lists.
    """
    order: list[tuple[str, str]] = []
    seen: set[str] = set()

    def visit(docname: str, caption: str) -> None:
        if docname in seen:
            return
        seen.add(docname)
        order.append((docname, caption))
        for child in env.toctree_includes.get(docname, ()):
            visit(child, caption)

    seen.add(root)
    order.append((root, ""))
    if root in env.all_docs:
        for toctree in env.get_doctree(root).findall(addnodes.toctree):
            for child in toctree["includefiles"]:
                visit(child, toctree.get("caption") or "")
    for child in env.toctree_includes.get(root, ()):  # toctrees the root's doctree hides
        visit(child, "")
    for docname in sorted(env.found_docs - seen):
        visit(docname, "")
    return order
