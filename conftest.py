"""Verify every ``{example}`` of the pages in docs/ through importdemo's pytest plugin."""

pytest_plugins = ["importdemo.testing.plugin"]
