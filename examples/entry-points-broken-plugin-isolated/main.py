import importlib.metadata
import pathlib
import sys
import tempfile


def entry_points_in(group):
    found = importlib.metadata.entry_points()
    if hasattr(found, "select"):  # 3.10+
        return found.select(group=group)
    return found.get(group, ())  # 3.9


with tempfile.TemporaryDirectory() as tmp:
    site = pathlib.Path(tmp)
    info = site / "exporters-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: exporters\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(
        "[demo.exporters]\n"
        "csv = exporters_csv:export\n"
        "pdf = exporters_csv:to_pdf\n"  # no such function
        "yaml = exporters_yaml:export\n",  # needs a module that is not installed
        encoding="utf-8",
    )
    (site / "exporters_csv.py").write_text("def export(rows):\n    return 'csv'\n", encoding="utf-8")
    (site / "exporters_yaml.py").write_text("import yaml_dependency\n", encoding="utf-8")
    sys.path.append(tmp)

    exporters = {}
    for entry_point in sorted(entry_points_in("demo.exporters"), key=lambda ep: ep.name):
        try:
            exporters[entry_point.name] = entry_point.load()
        except Exception as error:  # one broken plugin must not stop the program
            print(f"{entry_point.name}: skipped, {type(error).__name__}: {error}")
    print("Loaded:", sorted(exporters))
