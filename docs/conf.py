"""Sphinx configuration of the importdemo site."""

from __future__ import annotations

import sys
from pathlib import Path

import importdemo

# The site's own small extensions and helpers (not part of the importdemo engine).
sys.path.insert(0, str(Path(__file__).parent / "_ext"))

project = "importdemo"
author = "The importdemo maintainers"
copyright = "2026, the importdemo maintainers"
version = release = importdemo.__version__

extensions = [
    "myst_parser",
    "sphinx_design",
    "sphinx_copybutton",
    "autodoc2",
    "sphinx.ext.intersphinx",
    "sphinxext.opengraph",
    "notfound.extension",
    "importdemo.sphinxext",
]

# Where the examples are, and the Pythons they are verified on, come from
# [tool.importdemo] in ../pyproject.toml: the tests read the same table.
# Readers can run, edit and trace each example in the page, on the runtimes
# the tests use, copied into _static/ so that the site works offline (set
# importdemo_live_runtime_url to load them from a CDN instead).
importdemo_live = True
# Traces highlight the steps the first chapter teaches (what-import-does.md).
importdemo_highlight_steps = ["lookup", "find", "create", "cache", "exec", "bind"]

myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# The API reference is written by hand with {autodoc2-object}, so that
# nothing is generated into the source tree. autodoc2 analyses only the
# modules that docs/reference/api.md documents (add one here to document
# it): analysing the whole package took astroid into Sphinx and docutils,
# half of a build from scratch.
autodoc2_packages = [
    {
        "path": f"../importdemo/{module.replace('.', '/')}.py",
        "module": f"importdemo.{module}",
        "auto_mode": False,
    }
    for module in ("errors", "runner.interpreter", "runner.run", "runner.scheduler")
]
# autodoc2's MyST renderer, without attribute values it cannot know (see _ext/).
autodoc2_render_plugin = "api_renderer.ApiRenderer"
# The package's docstrings are reStructuredText (:class:`...` roles), not MyST.
autodoc2_docstring_parser_regexes = [(r".*", "rst")]
autodoc2_hidden_objects = ["private", "inherited", "dunder"]

# Copy buttons copy code only: never the "$ " prompt, never an output.
copybutton_prompt_text = r"\$ "
copybutton_prompt_is_regexp = True
copybutton_selector = "div:not(.importdemo-output) > div.highlight > pre"

# Links into the Python documentation, resolved from a copy of its inventory
# kept in the repository, so the site builds offline (see _intersphinx/).
intersphinx_mapping = {
    "python": ("https://docs.python.org/3", "_intersphinx/python-3.11-objects.inv"),
}
nitpicky = True
nitpick_ignore = [
    ("py:class", "pathlib.Path"),
    ("py:class", "importdemo.runner.interpreter.Interpreter"),
    # Named by the API's docstrings, not documented on the site:
    ("py:mod", "importdemo.runner.wasm"),
    ("py:mod", "importdemo.runner.result_cache"),
    ("py:func", "importdemo.runner.result_cache.cached_run"),
    ("py:mod", "importdemo.tracing"),
    ("py:attr", "path"),  # ExampleError's, set by __init__
    ("py:attr", "line"),
]

exclude_patterns = ["_build", "_intersphinx", "Thumbs.db", ".DS_Store"]
html_theme = "furo"
# Two furo templates overridden, to label the toctree captions as level-2
# headings for screen readers (see _templates/page.html).
templates_path = ["_templates"]
html_title = "importdemo: how import really works"
html_static_path = ["_static"]
html_favicon = "_static/favicon.svg"

# The published site's address (the one pyproject.toml names): links in the
# downloads' READMEs point to it, and each page names it as canonical.
html_baseurl = "https://importdemo.readthedocs.io/en/latest/"

# What teachers may do with the examples and the text, said in every page's
# footer (_templates/page.html) and in every README of the downloads, which
# also quote the code's licence in full, as it asks of every copy.
importdemo_reuse = (
    "The examples' code is under the MIT License; the text of the pages, under "
    "[CC BY 4.0](https://creativecommons.org/licenses/by/4.0/). Reuse both, in class "
    "or in your own material: credit *importdemo: how import really works*, by the "
    "importdemo maintainers, with a link to "
    "<https://importdemo.readthedocs.io/en/latest/>, and say what you changed."
)
importdemo_code_license = "../LICENSE"

# Pages shared on social media get a title and a description.
ogp_site_url = html_baseurl
ogp_site_name = "importdemo"
ogp_description_length = 200
ogp_enable_meta_description = True
ogp_social_cards = {"enable": False}  # they need matplotlib; a plain card is enough

# The printable course (nox -s pdf): Sphinx's LaTeX builder with XeLaTeX, for
# the pages' Unicode; examples are laid out for print by importdemo.sphinxext
# (files and outputs as titled listings, traces highlighted). When the PDF
# exists at the time of an HTML build, the site copies it and links it from
# the root page.
latex_engine = "xelatex"
latex_use_xindy = False  # Debian's xindy is a package of its own; makeindex is in TeX Live
# toctree_only: the root page's toctrees give the chapters, in reading order.
latex_documents = [("index", "importdemo.tex", html_title, author, "manual", True)]
latex_elements = {
    "papersize": "a4paper",
    "pointsize": "10pt",
    # Code and outputs wrap at the margin, never off the page.
    "sphinxsetup": "verbatimwrapslines=true, verbatimforcewraps=true",
    # "Contents", not the caption of the root page's first toctree (Sphinx's default).
    "tableofcontents": r"\renewcommand{\contentsname}{Contents}\sphinxtableofcontents",
}
importdemo_pdf = "_build/pdf/importdemo.pdf"
