"""Finding {example} directives in pages as MyST would."""

from __future__ import annotations

from importdemo.pages.scanner import scan_page

PAGE = """\
# A page

```{example} first
:exit-status: 1
out 
```

````markdown
```{example} shown-not-run
x
```
````

````{example} second
:changed: things changed
```{output} >=3.12
new
```
```{output} <3.12
old
```
````
"""


def test_directives_are_found_with_their_lines_options_and_bodies() -> None:
    found = list(scan_page(PAGE))
    assert [(d.argument, d.line, d.body_line) for d in found] == [
        ("first", 3, 5),
        ("second", 14, 16),
    ]
    assert found[0].options == {"exit-status": "1"}
    assert found[0].body == "out \n"
    assert PAGE[found[0].body_start :].startswith("out \n")


def test_an_example_inside_another_code_block_is_not_a_directive() -> None:
    assert "shown-not-run" not in [d.argument for d in scan_page(PAGE)]


def test_an_unclosed_directive_is_reported_as_such() -> None:
    (found,) = scan_page("```{example} open\nline\n")
    assert not found.closed
    assert found.body == "line\n"


def test_an_indented_directive_is_not_an_example() -> None:
    assert list(scan_page("1. Step:\n\n   ```{example} demo\n   x\n   ```\n")) == []
