print("report: running now (slow to import)")


def summary(numbers):
    return f"{len(numbers)} numbers, total {sum(numbers)}"
