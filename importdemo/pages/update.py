"""Rewrite the expected outputs of pages from what the examples print now.

Only the directives whose outputs changed are rewritten: the text of their
output blocks, or the whole directive (options kept) when its outputs split
by version. Every other byte of a page stays as it was. A second run changes
nothing.

Each page is read once. A page that changed while its examples ran is not
written (a note says so), and a page is written to a temporary file beside
it and moved into place in one step: whenever the update is interrupted,
each page is either as it was or fully updated.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from importdemo.errors import ExampleError, shown_path
from importdemo.pages.diff import output_diff
from importdemo.pages.directive import PageExample, read_found_directive
from importdemo.pages.scanner import FoundDirective, scan_page
from importdemo.runner.example_folders import find_example
from importdemo.runner.run import DEFAULT_OUTPUT_LIMIT, DEFAULT_TIMEOUT, RunRequest, RunResult
from importdemo.runner.scheduler import Scheduler
from importdemo.runner.whole_files import write_whole
from importdemo.versions import VersionRange

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence
    from pathlib import Path

    from importdemo.pages.expected_outputs import ExpectedOutput
    from importdemo.runner.interpreter import Interpreter

__all__ = ("PageReport", "Stale", "page_paths", "update_pages")


@dataclass(frozen=True)
class Stale:
    """One expected output that is not what the example prints now."""

    #: The page.
    page: Path
    #: The line of the directive's opening fence, as the tests and the build name it.
    line: int
    #: The line where the expected output starts, which the diff's header names.
    output_line: int
    #: The example's name.
    example: str
    #: What the page holds.
    expected: str
    #: What the example prints now.
    actual: str
    #: The versions that print it, as ``Python 3.12, 3.13``.
    pythons: str

    def diff(self) -> str:
        """A unified diff from the page's text to the example's output."""
        where = f"{shown_path(self.page)}:{self.output_line}"
        return output_diff(
            self.expected,
            self.actual,
            expected_name=f"{where} {self.example} (page)",
            actual_name=f"examples/{self.example} on {self.pythons} (now)",
        )


@dataclass
class PageReport:
    """What updating one page found and did."""

    page: Path
    stale: list[Stale] = field(default_factory=list)
    #: Things only an author can settle: versions no output covers, outputs
    #: that became identical, a range whose versions now print different things.
    notes: list[str] = field(default_factory=list)


def page_paths(paths: Iterable[Path]) -> list[Path]:
    """The pages named by *paths*: Markdown files, or all those under folders.

    A folder's ``_build`` (the site's build output) holds no pages.
    """
    pages: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = path.rglob("*.md")
            pages.extend(sorted(p for p in found if "_build" not in p.relative_to(path).parts))
        else:
            pages.append(path)
    return pages


def update_pages(
    pages: Sequence[Path],
    *,
    examples: Path,
    interpreters: Sequence[Interpreter],
    write: bool,
    timeout: float = DEFAULT_TIMEOUT,
    output_limit: int = DEFAULT_OUTPUT_LIMIT,
) -> list[PageReport]:
    """Compare each page with fresh runs on *interpreters*; rewrite when *write*.

    Raises :class:`~importdemo.errors.ExampleError` for a directive that
    cannot be read or names no example: fix the page first.
    """
    found = []
    for page in pages:
        data, text = _read_page(page)
        found.append((page, data, text, _directives(page, text, examples)))
    requests = list(_requests(found, interpreters, timeout, output_limit))
    with Scheduler() as runs:  # interrupted: the runs not started yet are not waited for
        for request in requests:
            runs.submit(request)  # all started at once, a few running at a time
        results = {request: runs.result(request) for request in requests}
    reports = []
    for page, data, text, directives in found:
        report = PageReport(page)
        replacements: list[tuple[int, int, str]] = []
        for directive, folder, place in directives:
            ran = [
                results[
                    directive.run_request(
                        folder, interpreter, timeout=timeout, output_limit=output_limit
                    )
                ]
                for interpreter in _meant_for(directive, interpreters)
            ]
            # A run that WebAssembly could not do verifies nothing and records nothing.
            ran = [result for result in ran if not result.not_runnable]
            if not ran:
                continue  # nothing ran that could say what the page should hold
            layout = _layout(directive, ran)
            if [versions for versions, _ in layout] != [o.versions for o in directive.outputs]:
                replacements.append((place.start, place.end, _rewrite(place, layout)))
                done = "is now" if write else "needs (update writes it as)"
                report.notes.append(
                    f"{shown_path(page)}:{place.line}: {directive.name} prints different things "
                    f"on different versions or runtimes; its output {done} one {{output}} block "
                    "per range: add :changed: with one line saying what changed, and why"
                )
                continue
            for output, actual, pythons in _compare(directive, ran, report):
                if output.text != actual:
                    start = place.body_start + output.span[0]
                    end = place.body_start + output.span[1]
                    replacements.append((start, end, actual))
                    report.stale.append(
                        Stale(
                            page,
                            directive.line,
                            output.line,
                            directive.name,
                            output.text,
                            actual,
                            pythons,
                        )
                    )
        if write and replacements:
            for start, end, actual in sorted(replacements, reverse=True):
                text = text[:start] + actual + text[end:]
            if _unchanged_since(page, data):
                _replace_page(page, text)
            else:
                report.notes.append(
                    f"{shown_path(page)}: changed while its examples ran; not written, so "
                    "that no edit is lost: run update again"
                )
        reports.append(report)
    return reports


def _read_page(page: Path) -> tuple[bytes, str]:
    """The bytes of *page*, and its text as the scanner reads it (newlines as ``\\n``)."""
    data = page.read_bytes()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ExampleError(
            "the page is not UTF-8 text; save it as UTF-8",
            path=page,
            line=data[: error.start].count(b"\n") + 1,
        ) from None
    return data, text.replace("\r\n", "\n").replace("\r", "\n")


def _unchanged_since(page: Path, data: bytes) -> bool:
    """Whether *page* still holds *data*, the bytes its update was computed from."""
    try:
        return page.read_bytes() == data
    except OSError:
        return False


def _replace_page(page: Path, text: str) -> None:
    """Write *text* to *page* in one step, on disk, keeping the page's permissions."""
    write_whole(page, text, mode=page.stat().st_mode & 0o7777, durable=True)


def _ranges(results: Sequence[RunResult], *, webassembly: bool) -> list[tuple[VersionRange, str]]:
    """One range per run of consecutive versions that print the same, newest first.

    The oldest range is open below and the newest open above, so versions
    between and beyond those that ran belong to their neighbours.
    """
    ordered = sorted(results, key=lambda result: result.interpreter.version)
    groups: list[tuple[tuple[int, int], str]] = []
    for result in ordered:
        if not groups or groups[-1][1] != result.output:
            groups.append((result.interpreter.version[:2], result.output))
    ranges = []
    for index, (low, output) in enumerate(groups):
        high = groups[index + 1][0] if index + 1 < len(groups) else None
        versions = VersionRange(low if index > 0 else None, high, webassembly=webassembly)
        ranges.append((versions, output))
    return list(reversed(ranges))


def _layout(directive: PageExample, results: Sequence[RunResult]) -> list[tuple[VersionRange, str]]:
    """The blocks a directive needs for what *results* printed, newest first.

    The native blocks stay as they are, but one block that no longer fits
    every version is split into ranges of versions that print the same. A
    WebAssembly runtime that prints what the native block of its version
    holds needs no block of its own; the others get ``wasm`` blocks, one per
    run of consecutive runtimes that print the same.
    """
    native = [result for result in results if not result.interpreter.webassembly]
    wasm = sorted(
        (result for result in results if result.interpreter.webassembly),
        key=lambda result: result.interpreter.version,
    )
    kept = [output for output in directive.outputs if not output.versions.webassembly]
    if not native and directive.python is not None:
        return _ranges(wasm, webassembly=False)  # only WebAssembly runtimes are meant
    if native and len(kept) == 1 and len({result.output for result in native}) > 1:
        layout = _ranges(native, webassembly=False)
    else:  # each block with what its versions print now, where they agree
        layout = []
        for output in kept:
            printed = {
                result.output for result in native if result.interpreter.version in output.versions
            }
            layout.append((output.versions, printed.pop() if len(printed) == 1 else output.text))
    if not wasm:  # no WebAssembly runtime ran: its blocks stay as they are
        layout += [(o.versions, o.text) for o in directive.outputs if o.versions.webassembly]
    own: list[list[RunResult]] = []
    for index, result in enumerate(wasm):
        version = result.interpreter.version
        covering = next((text for versions, text in layout if version in versions), None)
        if covering == result.output:
            continue
        if own and own[-1][-1] is wasm[index - 1] and own[-1][-1].output == result.output:
            own[-1].append(result)
        else:
            own.append([result])
    for group in own:
        first, last = wasm.index(group[0]), wasm.index(group[-1])
        low = group[0].interpreter.version[:2] if first > 0 else None
        high = wasm[last + 1].interpreter.version[:2] if last + 1 < len(wasm) else None
        layout.append((VersionRange(low, high, webassembly=True), group[0].output))
    return sorted(layout, key=lambda block: block[0].sort_key(), reverse=True)


def _rewrite(place: FoundDirective, layout: Sequence[tuple[VersionRange, str]]) -> str:
    """The directive written out again with *layout*'s blocks, its options kept."""
    options = "".join(
        f":{name}: {value}\n" if value else f":{name}:\n" for name, value in place.options.items()
    )
    if len(layout) == 1:
        return f"```{{example}} {place.argument}\n{options}{layout[0][1]}```"
    blocks = "".join(
        f"```{{output}} {versions.spelling()}\n{text}```\n" for versions, text in layout
    )
    return f"````{{example}} {place.argument}\n{options}{blocks}````"


def _directives(
    page: Path, text: str, examples: Path
) -> list[tuple[PageExample, Path, FoundDirective]]:
    """Each directive of *page* (which holds *text*), its example folder, and where it stands."""
    directives = []
    for found in scan_page(text):
        directive = read_found_directive(found, page)
        folder = find_example(examples, directive.name, page=page, line=found.line)
        directives.append((directive, folder, found))
    return directives


def _meant_for(directive: PageExample, interpreters: Sequence[Interpreter]) -> list[Interpreter]:
    """The interpreters the directive's ``:python:`` range holds."""
    return [
        interpreter
        for interpreter in interpreters
        if directive.runs_on(interpreter.version, webassembly=interpreter.webassembly)
    ]


def _requests(
    found: Sequence[tuple[Path, bytes, str, list[tuple[PageExample, Path, FoundDirective]]]],
    interpreters: Sequence[Interpreter],
    timeout: float,
    output_limit: int,
) -> Iterator[RunRequest]:
    """The run of each directive of the pages on each interpreter it is for, in page order."""
    for _, _, _, directives in found:
        for directive, folder, _ in directives:
            for interpreter in _meant_for(directive, interpreters):
                yield directive.run_request(
                    folder, interpreter, timeout=timeout, output_limit=output_limit
                )


def _compare(
    directive: PageExample, results: Sequence[RunResult], report: PageReport
) -> list[tuple[ExpectedOutput, str, str]]:
    """Pair each expected output with the one output its versions print now."""
    by_output: dict[ExpectedOutput, dict[str, list[str]]] = {}
    for result in results:
        interpreter = result.interpreter
        expected = directive.output_for(interpreter.version, webassembly=interpreter.webassembly)
        if expected is None:
            report.notes.append(
                f"{shown_path(directive.page)}:{directive.line}: no output of {directive.name} "
                f"covers Python {interpreter.name}; add an {{output}} block for it"
            )
            continue
        printed = by_output.setdefault(expected, {})
        printed.setdefault(result.output, []).append(interpreter.name)
    pairs = []
    for expected, printed in by_output.items():
        if len(printed) > 1:
            groups = "; ".join(f"{', '.join(v)} print one thing" for v in printed.values())
            report.notes.append(
                f"{shown_path(directive.page)}:{directive.line}: the versions of the output of "
                f"{directive.name} for {expected.versions.label()} now differ ({groups}); split "
                "it into {output} blocks by version range (left as it was)"
            )
            continue
        ((actual, versions),) = printed.items()
        pairs.append((expected, actual, "Python " + ", ".join(versions)))
    new_texts = [actual for _, actual, _ in pairs]
    if len(pairs) > 1 and len(set(new_texts)) < len(new_texts):
        report.notes.append(
            f"{shown_path(directive.page)}:{directive.line}: some {{output}} blocks of "
            f"{directive.name} are now identical; merge them into one"
        )
    return pairs
