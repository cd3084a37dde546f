"""Python versions: which ones the site supports, and ranges of them."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ("ALL_VERSIONS", "SUPPORTED", "Version", "VersionRange")

#: ``(major, minor)``, the unit in which behaviour changes between releases.
Version = tuple[int, int]

#: The CPython releases every example is meant to be verified on. A run
#: that finds no interpreter for one of them says so ("not checked"); newer
#: releases are verified too when an interpreter for them is found.
SUPPORTED: tuple[Version, ...] = ((3, 9), (3, 10), (3, 11), (3, 12), (3, 13), (3, 14))

_CLAUSE = re.compile(r"^(>=|<=|==|<|>)?\s*3\.(\d+)$")


@dataclass(frozen=True)
class VersionRange:
    """The minor versions from :attr:`low` up to, not including, :attr:`high`.

    ``None`` leaves that end open. Written as specifiers separated by commas,
    as in ``>=3.10,<3.12``, ``>=3.12``, ``<3.11`` or ``3.13`` (that one only).
    """

    low: Version | None = None
    high: Version | None = None

    @classmethod
    def parse(cls, text: str) -> VersionRange:
        """Read a range; raise :class:`ValueError` saying what is wrong."""
        low: int | None = None
        high: int | None = None
        clauses = [clause.strip() for clause in text.split(",")]
        for clause in clauses:
            match = _CLAUSE.match(clause)
            if match is None:
                raise ValueError(
                    f"{clause!r} is not a Python version range; write e.g. "
                    "'>=3.12', '<3.11', '>=3.10,<3.12' or '3.13'"
                )
            operator, minor = match.group(1) or "==", int(match.group(2))
            if operator in (">=", ">", "=="):
                start = minor + (operator == ">")
                low = start if low is None else max(low, start)
            if operator in ("<", "<=", "=="):
                end = minor + (operator != "<")
                high = end if high is None else min(high, end)
        if low is not None and high is not None and low >= high:
            raise ValueError(f"{text!r} contains no Python version")
        return cls(
            low=None if low is None else (3, low),
            high=None if high is None else (3, high),
        )

    def __contains__(self, version: object) -> bool:
        if not isinstance(version, tuple):
            return False
        minor = tuple(version[:2])
        return (self.low is None or minor >= self.low) and (self.high is None or minor < self.high)

    def overlaps(self, other: VersionRange) -> bool:
        """Whether some version lies in both ranges."""
        low = max(self.low or (0, 0), other.low or (0, 0))
        high = min(self.high or (99, 99), other.high or (99, 99))
        return low < high

    def label(self) -> str:
        """How a page names the range: ``Python 3.9\u20133.11`` (an en dash), ``Python 3.12+``."""
        low = self.low or SUPPORTED[0]
        if self.high is None:
            return f"Python {low[0]}.{low[1]}+"
        last = (self.high[0], self.high[1] - 1)
        if last == low:
            return f"Python {low[0]}.{low[1]}"
        return f"Python {low[0]}.{low[1]}\u2013{last[0]}.{last[1]}"

    def sort_key(self) -> Version:
        """Newest first when sorted descending."""
        return self.low or (0, 0)


#: Every version: the range of an example that has one output.
ALL_VERSIONS = VersionRange()
