"""Read the ``{example}`` directives of a course's pages: standard library only.

- :mod:`~importdemo.pages.scanner`: find each directive in a page's text;
- :mod:`~importdemo.pages.directive`: read one into a
  :class:`~importdemo.pages.directive.PageExample`;
- :mod:`~importdemo.pages.expected_outputs`: its outputs, each for a range of versions;
- :mod:`~importdemo.pages.mismatch`: what differs between a page and a run, as a diff;
- :mod:`~importdemo.pages.diff`: the one diff every report shows, line ends visible;
- :mod:`~importdemo.pages.update`: write each run's output back into its page.

Nothing here imports pytest, Sybil or Sphinx (``ruff``'s banned-API rule
holds it to that).
"""
