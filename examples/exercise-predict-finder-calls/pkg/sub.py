print("  pkg/sub.py runs")
