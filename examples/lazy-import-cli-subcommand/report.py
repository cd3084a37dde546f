print("report: running now (slow to import)")


def run():
    print("report.run(): the report")
