"""A page's MyST prose as the Markdown a notebook renders."""

from __future__ import annotations

import pytest

pytest.importorskip("sphinx")

from importdemo.sphinxext.myst_markdown import Links, myst_to_markdown


class KnownLinks(Links):
    def doc(self, target: str) -> tuple[str, str] | None:
        return ("Second steps", "https://site/second.html") if target == "second" else None

    def term(self, term: str) -> str | None:
        return "https://site/glossary.html#term-module" if term == "module" else None

    def page(self, target: str) -> str | None:
        return f"https://site/{target.replace('.md', '.html')}"


def test_code_roles_become_code_spans_as_the_site_shows_them() -> None:
    text = "Use {func}`importlib.reload`, {data}`sys.modules` and {class}`~importlib.abc.Loader`."
    assert myst_to_markdown(text) == ("Use `importlib.reload()`, `sys.modules` and `Loader`.\n")


def test_terms_and_pages_become_their_text_or_links_when_the_site_knows_them() -> None:
    text = "A {term}`module` and {term}`modules <module>`, see {doc}`second` or {doc}`other`."
    assert myst_to_markdown(text) == "A module and modules, see second or other.\n"
    assert myst_to_markdown(text, KnownLinks()) == (
        "A [module](https://site/glossary.html#term-module) and "
        "[modules](https://site/glossary.html#term-module), see "
        "[Second steps](https://site/second.html) or other.\n"
    )


def test_a_role_across_a_line_break_is_still_a_role() -> None:
    assert myst_to_markdown("fail with {term}`partially\ninitialized module`.") == (
        "fail with partially initialized module.\n"
    )


def test_a_link_to_another_page_gets_the_sites_address_and_urls_stay() -> None:
    text = "See [this](../howto/x.md#part) and [that](https://docs.python.org/3/)."
    assert myst_to_markdown(text, KnownLinks()) == (
        "See [this](https://site/../howto/x.html#part) and [that](https://docs.python.org/3/).\n"
    )


def test_code_spans_and_code_blocks_are_kept_as_written() -> None:
    text = "Type `{func}` here:\n\n```python\nprint({term}`x`)\n```\n"
    assert myst_to_markdown(text) == text


def test_targets_comments_and_tables_of_contents_go() -> None:
    text = "(a-label)=\n## Title\n% a comment\n\n```{toctree}\nfirst\n```\nText.\n"
    assert myst_to_markdown(text) == "## Title\n\nText.\n"


def test_a_dropdown_becomes_its_title_in_bold_then_its_body() -> None:
    text = ":::{dropdown} Answer\n:open:\nTwice: see {mod}`sys`.\n:::\n"
    assert myst_to_markdown(text) == "**Answer**\n\nTwice: see `sys`.\n"


def test_an_admonition_becomes_a_block_quote_headed_by_its_title() -> None:
    text = "```{note}\nOne line,\n\nand {func}`two`.\n```\n"
    assert myst_to_markdown(text) == "> **Note**\n>\n> One line,\n>\n> and `two()`.\n"


def test_an_unknown_directive_shows_its_body() -> None:
    assert myst_to_markdown("```{card} A title\nThe body.\n```\n") == "The body.\n"
