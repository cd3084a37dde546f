import importlib.metadata
import pathlib
import sys
import tempfile


def entry_points_in(group):
    """The entry points of one group, on Python 3.9 and on 3.10+."""
    found = importlib.metadata.entry_points()
    if hasattr(found, "select"):  # 3.10+
        return found.select(group=group)
    return found.get(group, ())  # 3.9: a dict, group name -> tuple of entry points


with tempfile.TemporaryDirectory() as tmp:
    site = pathlib.Path(tmp)  # plays site-packages, with one installed distribution
    info = site / "greeters-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: greeters\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text(
        "[demo.greeters]\nhello = greeters:hello\nbonjour = greeters:bonjour\n", encoding="utf-8"
    )
    (site / "greeters.py").write_text(
        'def hello(name):\n    return f"Hello, {name}!"\n\n\n'
        'def bonjour(name):\n    return f"Bonjour, {name} !"\n',
        encoding="utf-8",
    )
    sys.path.append(tmp)

    for entry_point in sorted(entry_points_in("demo.greeters"), key=lambda ep: ep.name):
        print(f"{entry_point.name} = {entry_point.value}")
        print("  'greeters' in sys.modules:", "greeters" in sys.modules)
        greet = entry_point.load()  # imports the module, returns the attribute
        print("  load() returned", greet.__qualname__, "->", greet("Ada"))
