"""Checking the ``{example}`` directives of pages with Sybil and pytest.

Enable it in a ``conftest.py``::

    pytest_plugins = ["importdemo.testing.plugin"]

Following Sybil's split, :mod:`~importdemo.testing.lexer` finds the
directives, :mod:`~importdemo.testing.evaluator` checks one, and
:mod:`~importdemo.testing.parser` wires the two together.
"""
