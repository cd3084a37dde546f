print("helper.py runs")
