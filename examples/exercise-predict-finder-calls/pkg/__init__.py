print("  pkg/__init__.py runs")
