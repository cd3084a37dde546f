FORMAT = "tsv"


def export(rows):
    return "\n".join("\t".join(row) for row in rows)
