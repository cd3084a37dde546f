import sys

lazy import report  # only the "report" command needs it


def main(command):
    if command == "report":
        report.run()  # the first use of the name report imports it
    else:
        print(f"{command}: done without report")


main("help")
print("'report' in sys.modules:", "report" in sys.modules)
main("report")
print("'report' in sys.modules:", "report" in sys.modules)
