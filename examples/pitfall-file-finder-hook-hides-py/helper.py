print("  helper.py runs")
