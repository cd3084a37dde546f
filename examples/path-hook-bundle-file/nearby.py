print("  nearby.py runs")
