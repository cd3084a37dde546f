"""Python versions: which ones the site supports, and ranges of them.

A range may name a platform: ``wasm >=3.14`` holds only CPython compiled to
WebAssembly. A range without one holds both, and where a native and a
WebAssembly range both hold a runtime, the one that names its platform wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ("ALL_VERSIONS", "SUPPORTED", "WASM_SUPPORTED", "Version", "VersionRange")

#: ``(major, minor)``, the unit in which behaviour changes between releases.
Version = tuple[int, int]

#: The CPython releases every example is meant to be verified on. A run
#: that finds no interpreter for one of them says so ("not checked"); newer
#: releases are verified too when an interpreter for them is found.
SUPPORTED: tuple[Version, ...] = ((3, 9), (3, 10), (3, 11), (3, 12), (3, 13), (3, 14))
#: The CPython releases compiled to WebAssembly that examples are verified on
#: (see :mod:`importdemo.runner.wasm`).
WASM_SUPPORTED: tuple[Version, ...] = ((3, 13), (3, 14), (3, 15))
_WASM = "wasm"

_CLAUSE = re.compile(r"^(>=|<=|==|<|>)?\s*3\.(\d+)$")


@dataclass(frozen=True)
class VersionRange:
    """The minor versions from :attr:`low` up to, not including, :attr:`high`.

    ``None`` leaves that end open. Written as specifiers separated by commas,
    as in ``>=3.10,<3.12``, ``>=3.12``, ``<3.11`` or ``3.13`` (that one only),
    after ``wasm`` for WebAssembly only: ``wasm``, ``wasm >=3.14``.
    """

    low: Version | None = None
    high: Version | None = None
    #: Only CPython compiled to WebAssembly (else: any runtime of these versions).
    webassembly: bool = False

    @classmethod
    def parse(cls, text: str) -> VersionRange:
        """Read a range; raise :class:`ValueError` saying what is wrong."""
        low: int | None = None
        high: int | None = None
        webassembly = text.strip() == _WASM or text.strip().startswith(_WASM + " ")
        if webassembly:
            text = text.strip()[len(_WASM) :]
            if not text.strip():
                return cls(webassembly=True)
        clauses = [clause.strip() for clause in text.split(",")]
        for clause in clauses:
            match = _CLAUSE.match(clause)
            if match is None:
                raise ValueError(
                    f"{clause!r} is not a Python version range; write e.g. "
                    "'>=3.12', '<3.11', '>=3.10,<3.12', '3.13', or 'wasm >=3.14' for "
                    "WebAssembly only"
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
            webassembly=webassembly,
        )

    def __contains__(self, version: object) -> bool:
        if not isinstance(version, tuple):
            return False
        minor = tuple(version[:2])
        return (self.low is None or minor >= self.low) and (self.high is None or minor < self.high)

    def holds(self, version: tuple[int, ...], *, webassembly: bool) -> bool:
        """Whether a runtime of *version* (compiled to WebAssembly or not) is in the range."""
        return version in self and (webassembly or not self.webassembly)

    def overlaps(self, other: VersionRange) -> bool:
        """Whether some runtime lies in both ranges and neither wins (see the module)."""
        if self.webassembly != other.webassembly:
            return False
        low = max(self.low or (0, 0), other.low or (0, 0))
        high = min(self.high or (99, 99), other.high or (99, 99))
        return low < high

    def label(self) -> str:
        """How a page names the range: ``Python 3.9\u20133.11`` (an en dash), ``Python 3.12+``,
        ``Python 3.14+ (WebAssembly)``."""
        low = self.low or (WASM_SUPPORTED if self.webassembly else SUPPORTED)[0]
        platform = " (WebAssembly)" if self.webassembly else ""
        if self.high is None:
            return f"Python {low[0]}.{low[1]}+{platform}"
        last = (self.high[0], self.high[1] - 1)
        if last == low:
            return f"Python {low[0]}.{low[1]}{platform}"
        return f"Python {low[0]}.{low[1]}\u2013{last[0]}.{last[1]}{platform}"

    def spelling(self) -> str:
        """The range as a page writes it: ``>=3.10,<3.12``, ``wasm >=3.14``, ``wasm``."""
        clauses = []
        if self.low is not None:
            clauses.append(f">={self.low[0]}.{self.low[1]}")
        if self.high is not None:
            clauses.append(f"<{self.high[0]}.{self.high[1]}")
        text = ",".join(clauses)
        if self.webassembly:
            return f"{_WASM} {text}".rstrip()
        return text or f">={SUPPORTED[0][0]}.{SUPPORTED[0][1]}"

    def sort_key(self) -> tuple[bool, Version]:
        """Sorted descending: native ranges first, each kind newest first."""
        return (not self.webassembly, self.low or (0, 0))


#: Every version: the range of an example that has one output.
ALL_VERSIONS = VersionRange()
