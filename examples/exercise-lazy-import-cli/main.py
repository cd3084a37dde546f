import sys

lazy import report

VERSION = "1.0"


def main(command):
    if command == "version":
        return f"tool {VERSION}"
    return report.summary([3, 4, 5])  # the first use of report imports it


print("main('version'):", main("version"))
print("'report' in sys.modules:", "report" in sys.modules)
print("main('report'):", main("report"))
print("'report' in sys.modules:", "report" in sys.modules)
