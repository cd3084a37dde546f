"""What each example printed in earlier builds, recalled while nothing it depends on changed.

The teaching kit shows what every ``{example}`` printed on every runtime
(:func:`~importdemo.sphinxext.run_outputs.run_outputs`): hundreds of
directives, each recalled from the result cache on each interpreter, also
in a build that read one page again. The memo keeps
each directive's outputs, grouped as the downloads show them, under a
digest of what they depend on, as the result cache keys a run
(:mod:`importdemo.runner.result_cache`): the directive as its page gives
it, the bytes of the example's files, each interpreter's identity, the
run limits, and the source of what runs, reads and compares
(``importdemo/runner/``, ``tracing/``, ``pages/``, and the modules that
group the outputs). Never file times.

It is kept beside the doctrees (``importdemo-outputs.pickle``, as Sphinx
keeps its environment there), holds the entries the last build used, and
is a miss when missing or unreadable. Outputs that include a run stopped by
a limit, or one that could not start, are not kept: the result cache does
not store those runs either.
"""

from __future__ import annotations

import contextlib
import pickle
import weakref
from pathlib import Path
from typing import TYPE_CHECKING

from importdemo.errors import ExampleError
from importdemo.runner.example_folders import example_files
from importdemo.runner.run import OUTPUT_LIMIT_STATUS, TIMEOUT_STATUS
from importdemo.runner.whole_files import write_whole
from importdemo.sphinxext.run_outputs import ShownOutput, run_outputs
from importdemo.sphinxext.written_files import content_key, source_key

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from sphinx.application import Sphinx

    from importdemo.pages.directive import PageExample
    from importdemo.runner.interpreter import Interpreter
    from importdemo.runner.run import RunResult

__all__ = ("OutputMemo", "output_memo", "remembered_outputs", "setup_output_memo")

#: The memo's name, in the build's doctree folder.
MEMO = "importdemo-outputs.pickle"
#: The parts of the package whose source is part of every key.
_SOURCES = ("runner", "tracing", "pages", "sphinxext/run_outputs.py", "sphinxext/output_memo.py")
_NOT_KEPT = (TIMEOUT_STATUS, OUTPUT_LIMIT_STATUS)

#: What a directive printed: its outputs, and why it could not run on a platform.
Outputs = tuple[tuple[ShownOutput, ...], tuple[str, ...]]

_BUILDS: weakref.WeakKeyDictionary[Sphinx, OutputMemo] = weakref.WeakKeyDictionary()


class OutputMemo:
    """Directives' outputs by key, read from *path* (``None``: an empty memo, never saved)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self._stored: dict[str, Outputs] = _read_memo(path) if path is not None else {}
        self._used: dict[str, Outputs] = {}
        self._folders: dict[Path, str] = {}

    def key(
        self,
        directive: PageExample,
        folder: Path,
        interpreters: Sequence[Interpreter],
        limits: tuple[float, int],
    ) -> str:
        """The digest of everything *directive*'s outputs on *interpreters* depend on."""
        return content_key(
            source_key(*_SOURCES),
            repr(directive),
            self._folder_digest(folder),
            repr(tuple(interpreters)),
            repr(limits),
        )

    def get(self, key: str) -> Outputs | None:
        """The outputs kept under *key*, or ``None``."""
        found = self._used.get(key) or self._stored.get(key)
        if found is not None:
            self._used[key] = found
        return found

    def put(self, key: str, outputs: Outputs) -> None:
        """Keep *outputs* under *key*."""
        self._used[key] = outputs

    def save(self) -> None:
        """Write the entries this build used, in one step, if they changed; quietly if it cannot."""
        if self.path is None or self._used == self._stored:
            return
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_whole(self.path, pickle.dumps(self._used, pickle.HIGHEST_PROTOCOL))
        self._stored = dict(self._used)

    def _folder_digest(self, folder: Path) -> str:
        """The digest of the example's file names and bytes, read once per memo."""
        if folder not in self._folders:
            parts: list[bytes | str] = []
            for relative in example_files(folder):
                parts += [relative.as_posix(), (folder / relative).read_bytes()]
            self._folders[folder] = content_key(*parts)
        return self._folders[folder]


def remembered_outputs(
    memo: OutputMemo,
    directive: PageExample,
    folder: Path,
    interpreters: Sequence[Interpreter],
    limits: tuple[float, int],
    recall: Callable[[Interpreter], RunResult],
) -> tuple[list[ShownOutput], list[str]]:
    """:func:`~importdemo.sphinxext.run_outputs.run_outputs`, or what *memo* kept of it."""
    key = memo.key(directive, folder, interpreters, limits)
    kept = memo.get(key)
    if kept is not None:
        return list(kept[0]), list(kept[1])
    complete = True

    def watched(interpreter: Interpreter) -> RunResult:
        nonlocal complete
        try:
            result = recall(interpreter)
        except ExampleError:
            complete = False
            raise
        complete = complete and result.exit_status not in _NOT_KEPT
        return result

    outputs, not_runnable = run_outputs(directive, watched, interpreters)
    if complete:
        memo.put(key, (tuple(outputs), tuple(not_runnable)))
    return outputs, not_runnable


def output_memo(app: Sphinx) -> OutputMemo:
    """The memo of *app*'s build under way, read from its doctree folder on first use."""
    memo = _BUILDS.get(app)
    if memo is None:
        memo = _BUILDS[app] = OutputMemo(Path(app.doctreedir) / MEMO)
    return memo


def setup_output_memo(app: Sphinx) -> None:
    """Save the memo when the build ends, after the downloads and notebooks are written."""
    app.connect("build-finished", _save, priority=900)


def _save(app: Sphinx, exception: Exception | None) -> None:
    memo = _BUILDS.pop(app, None)
    if memo is not None and exception is None:
        memo.save()


def _read_memo(path: Path) -> dict[str, Outputs]:
    """The entries kept in *path*; none when it is missing, unreadable or not a memo."""
    try:
        with path.open("rb") as file:
            stored = pickle.load(file)
    except Exception:  # missing, truncated, or made by code that has changed since
        return {}
    if not isinstance(stored, dict):
        return {}
    return {key: value for key, value in stored.items() if isinstance(key, str)}
