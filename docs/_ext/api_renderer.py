"""autodoc2's MyST renderer, without the values it cannot know.

autodoc2 0.5 writes each attribute's value as ``:value: >`` and the value on
the next line, which MyST does not read as the option's value: the value
ends up as a paragraph of the description. And a field without a default
(``folder: Path``) gets the value ``None``, which is false. The reference
shows each attribute's type and description, never a value.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from autodoc2.render.myst_ import MystRenderer

if TYPE_CHECKING:
    from collections.abc import Iterable

    from autodoc2.utils import ItemData


class ApiRenderer(MystRenderer):
    """The MyST renderer, with no ``:value:`` option on data and attributes."""

    def render_data(self, item: ItemData) -> Iterable[str]:
        lines = iter(super().render_data(item))
        for line in lines:
            if line.startswith(":value:"):
                if line.rstrip().endswith((">", "|")):
                    next(lines, None)  # the value, on the line after
                continue
            yield line
