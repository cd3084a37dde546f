"""Failing tests for what a run was told to require and did not find."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pytest

from importdemo.pages.scanner import scan_page
from importdemo.pages.update import page_paths
from importdemo.runner.example_folders import example_names

if TYPE_CHECKING:
    from importdemo.testing.settings import Settings

__all__ = ("collects_pages", "required_items")


class RequirementItem(pytest.Item):
    """A test that fails with one sentence: something required is missing."""

    def __init__(self, *, message: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.message = message

    def runtest(self) -> None:
        raise RequirementMissing(self.message)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        return str(excinfo.value)

    def reportinfo(self) -> tuple[str, int | None, str]:
        return "importdemo", None, self.name


class RequirementMissing(Exception):
    """What a :class:`RequirementItem` raises."""


def required_items(
    session: pytest.Session, settings: Settings, items: list[pytest.Item]
) -> list[pytest.Item]:
    """One failing item per missing required Python, unused example, or empty run.

    Only a run that collects the pages requires anything of them: one whose
    paths hold the pages folder, lie in it, or name one of its pages. A run
    of some unit tests alone (``pytest tests/test_x.py``) requires nothing.
    """
    if not collects_pages(session.config, settings):
        return []
    problems: list[tuple[str, str]] = []
    missing = settings.missing()
    for version in settings.required:
        if version in missing:
            problems.append((f"required-python[{version}]", _missing_python(settings, version)))
    for name in _unused_examples(settings) if settings.require_used else []:
        problems.append(
            (
                f"unused-example[{name}]",
                f"example folder {settings.examples / name} is used by no page in "
                f"{settings.pages}; show it with ```{{example}} {name}``` or remove it",
            )
        )
    if settings.require_examples and not any(settings.is_page(item.path) for item in items):
        problems.append(
            (
                "required-examples",
                f"no {{example}} directive was collected from {settings.pages}; "
                "check the pages setting of [tool.importdemo] and the pages",
            )
        )
    return [
        RequirementItem.from_parent(session, name=name, message=message)
        for name, message in problems
    ]


def _missing_python(settings: Settings, version: str) -> str:
    """Why the required runtime *version* was not checked, and what to do."""
    if settings.chosen_by is not None and version not in settings.unavailable:
        checked = ", ".join(settings.found()) or "none"
        wasm = version.removesuffix("-wasm")
        runtime = f"wasm:{wasm}" if wasm != version else f"a Python {version}"
        return (
            f"Python {version} is required (--require-python) but {settings.chosen_by} "
            f"left it out: this run checks only {checked}; add {runtime} to "
            f"{settings.chosen_by}, or do not require {version}"
        )
    return (
        f"Python {version} is required (--require-python) but it could not be had "
        f"({settings.missing()[version]}); install it or pass it with --python"
    )


def collects_pages(config: pytest.Config, settings: Settings) -> bool:
    """Whether the paths this run collects from reach the pages folder."""
    pages = settings.pages.resolve()
    for argument in config.args:
        path = (config.invocation_params.dir / argument.split("::")[0]).resolve()
        if path == pages or pages in path.parents or path in pages.parents:
            return True
    return False


def _unused_examples(settings: Settings) -> list[str]:
    if not settings.examples.is_dir() or not settings.pages.is_dir():
        return []
    used = {
        found.argument.strip()
        for page in page_paths([settings.pages])
        for found in scan_page(page.read_text(encoding="utf-8"))
    }
    return [name for name in example_names(settings.examples) if name not in used]
