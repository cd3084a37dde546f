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
    # greeters 2.0 installed in a virtual environment, an old 1.0 left in another folder later on sys.path
    for folder, version in (("venv-site", "2.0"), ("old-site", "1.0")):
        info = pathlib.Path(tmp) / folder / f"greeters-{version}.dist-info"
        info.mkdir(parents=True)
        (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: greeters\nVersion: {version}\n", encoding="utf-8")
        (info / "entry_points.txt").write_text(f"[demo.greeters]\nhello = greeters_v{version[0]}:hello\n", encoding="utf-8")
        sys.path.append(str(info.parent))

    print("version('greeters'):", importlib.metadata.version("greeters"))
    print("Entry points:", [ep.value for ep in entry_points_in("demo.greeters")])
