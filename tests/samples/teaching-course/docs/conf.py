"""The sample course's site: the teaching kit's settings, set as a course sets them."""

project = "Sample"
html_title = "A sample course"
html_baseurl = "https://course.example.org/en/"
extensions = ["myst_parser", "importdemo.sphinxext"]
importdemo_live = False
templates_path = ["_templates"]
importdemo_reuse = (
    "The examples' code is under the MIT License; the text, under "
    "[CC BY 4.0](https://creativecommons.org/licenses/by/4.0/). "
    "Credit: *A sample course*, by its authors."
)
importdemo_code_license = "../LICENSE"
