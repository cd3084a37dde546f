from registry import register


@register("csv")  # runs when csv_format is imported
def write_csv(rows):
    return "\n".join(",".join(row) for row in rows)
