print("  local_tool.py runs")
