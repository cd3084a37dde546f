TITLE = "report"
