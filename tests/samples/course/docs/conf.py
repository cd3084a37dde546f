"""A sample course's site: importdemo's directive, nothing else of the site."""

project = "Sample course"
extensions = ["myst_parser", "importdemo.sphinxext"]
importdemo_live = False
