"""The ``README.md`` files of the downloads: one per example, per chapter, and the course's.

An example's README says what it shows (the page's paragraph), where it is
taught (a link to the section), how to run it, and what it printed on each
runtime, named by exact release, byte for byte as the build's runs printed
it; then the terms of reuse. An example taught in several places gets one
section per place, in reading order, since each may run it differently
(traced, with arguments) and says something else about it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from importdemo.sphinxext.markdown import code_block
from importdemo.sphinxext.render import release_list, verified_sentence

if TYPE_CHECKING:
    from collections.abc import Sequence

    from importdemo.runner.interpreter import Interpreter
    from importdemo.sphinxext.kit import Course, KitChapter, TaughtExample
    from importdemo.sphinxext.run_outputs import ShownOutput

__all__ = (
    "chapter_readme",
    "course_readme",
    "example_readme",
    "output_heading",
    "reuse_section",
)

_EACH_FOLDER = (
    "Each example folder runs on its own (most with `python main.py`): its `README.md` "
    "says how, what it shows, and what it printed on each release that ran it."
)


def example_readme(name: str, course: Course) -> str:
    """The README of example *name*: in its zip, and in its folder of every bundle."""
    uses = course.uses(name)
    parts = [
        f"# Example `{name}`\n",
        f"One of the examples of {_course_link(course)}. Each output below is what "
        "CPython printed when it ran this folder, on the releases named above it.\n",
        "## Run it\n",
        "Open a terminal in this folder and run:\n",
        code_block("".join(f"$ {command}\n" for command in _commands(uses)), "console"),
    ]
    pythons = sorted({use.python for use in uses if use.python})
    if pythons:
        parts.append(f"It is for {' and '.join(pythons)}.\n")
    parts.extend(_use_section(use) for use in uses)
    parts.append(reuse_section(course))
    return _joined(parts)


def chapter_readme(chapter: KitChapter, course: Course) -> str:
    """The README of a chapter's folder: its examples, what each shows, where it is taught."""
    parts = [
        f"# Chapter {chapter.number}: {chapter.title}\n",
        f"The examples of [{chapter.title}]({chapter.url}), a chapter of "
        f"{_course_link(course)}, in the order it teaches them. {_EACH_FOLDER}\n",
        _listing(chapter.examples, prefix=""),
        reuse_section(course),
    ]
    return _joined(parts)


def course_readme(course: Course) -> str:
    """The index of the course bundle: every example, by chapter, in reading order."""
    parts = [
        f"# {course.title}: every example, by chapter\n",
        f"The {len(course.names)} examples of {_course_link(course)}, one folder per "
        f"chapter, in the order the course teaches them. {_EACH_FOLDER}\n",
    ]
    caption = ""
    for chapter in course.chapters:
        if chapter.caption and chapter.caption != caption:
            parts.append(f"## {chapter.caption}\n")
        caption = chapter.caption
        level = "###" if caption else "##"
        parts.append(
            f"{level} {chapter.number}. {chapter.title}\n\n"
            f"In the folder `{chapter.folder}/`, taught in [{chapter.title}]({chapter.url}):\n"
        )
        parts.append(_listing(chapter.examples, prefix=f"{chapter.folder}/"))
    parts.append(reuse_section(course))
    return _joined(parts)


def output_heading(output: ShownOutput) -> str:
    """What an output block is, and which exact releases printed it (ends with ``:``)."""
    if not output.interpreters:
        return f"The page's output for {output.versions} (not run by this build):"
    if output.verified:
        return verified_sentence(output.interpreters).rstrip(".") + ":"
    return (
        f"Printed by {_runtimes(output.interpreters)}, where the page shows another "
        "output (the build reported it):"
    )


def reuse_section(course: Course) -> str:
    """How the examples and the text may be reused, and the code's licence in full."""
    if not course.reuse and not course.license_text:
        return ""
    section = f"## Reuse\n\n{course.reuse.strip()}\n" if course.reuse else "## Reuse\n"
    if course.license_text:
        section += "\n" + code_block(course.license_text, "text")
    return section


def _use_section(use: TaughtExample) -> str:
    place = (
        use.page_title
        if use.section_title == use.page_title
        else (f"{use.page_title} \u203a {use.section_title}")
    )
    lines = [f"## {use.section_title}\n", f"Taught in [{place}]({use.url}).\n"]
    if use.summary:
        lines.append(f"{use.summary}\n")
    if use.traced:
        lines.append(
            "Traced from the folder that holds this one, with the course's tracer "
            "(`python -m importdemo trace`):\n"
        )
    lines.append(code_block(use.command + "\n", "console"))
    if use.changed and len(use.outputs) > 1:
        lines.append(f"{use.changed}\n")
    for output in use.outputs:
        lines.append(output_heading(output) + "\n")
        lines.append(code_block(output.text, "text"))
        if output.exit_status:
            lines.append(f"It ends with exit status {output.exit_status}.\n")
    lines.extend(f"It {reason[0].lower()}{reason[1:]}.\n" for reason in _cannot(use))
    return "\n".join(lines)


def _cannot(use: TaughtExample) -> list[str]:
    # The runner's reasons read "not runnable in WebAssembly: ...": said as a sentence.
    return [reason.replace("not runnable", "cannot run", 1) for reason in use.not_runnable]


def _listing(examples: Sequence[TaughtExample], *, prefix: str) -> str:
    items = []
    for example in examples:
        place = f"[{example.section_title}]({example.url})"
        if example.traced:
            place += ", traced"
        summary = f": {example.summary}" if example.summary else "."
        items.append(f"- [`{example.name}`]({prefix}{example.name}/README.md), in {place}{summary}")
    return "\n".join(items) + "\n"


def _commands(uses: Sequence[TaughtExample]) -> list[str]:
    return list(dict.fromkeys(use.run_command for use in uses))


def _course_link(course: Course) -> str:
    return f"[{course.title}]({course.url})" if course.url else f"*{course.title}*"


def _runtimes(interpreters: Sequence[Interpreter]) -> str:
    native = [python.release for python in interpreters if not python.webassembly]
    wasm = [python.release for python in interpreters if python.webassembly]
    parts = [f"CPython {release_list(native)}"] if native else []
    if wasm:
        parts.append(f"{'' if native else 'CPython '}{release_list(wasm)} compiled to WebAssembly")
    return ", and ".join(parts)


def _joined(parts: Sequence[str]) -> str:
    return "\n".join(part for part in parts if part).rstrip("\n") + "\n"
