import importlib.metadata
import pathlib
import sys
import tempfile
import warnings

with tempfile.TemporaryDirectory() as tmp:
    info = pathlib.Path(tmp) / "greeters-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: greeters\nVersion: 1.0\n", encoding="utf-8")
    (info / "entry_points.txt").write_text("[demo.greeters]\nhello = greeters:hello\n", encoding="utf-8")
    sys.path.append(tmp)

    try:  # the 3.10+ form
        found = importlib.metadata.entry_points(group="demo.greeters")
        print("entry_points(group=...):", [ep.name for ep in found])
    except TypeError as error:
        print("entry_points(group=...): TypeError:", error)

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:  # the 3.9 form: a dict of groups
            found = importlib.metadata.entry_points()["demo.greeters"]
            print("entry_points()[group]:", [ep.name for ep in found])
        except KeyError as error:
            print("entry_points()[group]: KeyError:", error)
    for warning in caught:
        print(f"  {warning.category.__name__}: {warning.message}")
