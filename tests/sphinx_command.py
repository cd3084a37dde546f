"""How the tests start ``sphinx-build``."""

from __future__ import annotations

import sys

#: ``sphinx-build`` on this Python, printing no colour codes even where the
#: terminal forces colour (CI sets ``FORCE_COLOR``), so that tests can read
#: its warnings as text.
SPHINX_BUILD = (sys.executable, "-m", "sphinx", "--no-color")
