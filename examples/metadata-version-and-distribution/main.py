import importlib.metadata
import pathlib
import sys
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    info = pathlib.Path(tmp) / "greeters-1.0.dist-info"  # an installed distribution's metadata
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: greeters\nVersion: 1.0\nSummary: Greetings in many languages\n",
        encoding="utf-8",
    )
    (pathlib.Path(tmp) / "greeters.py").write_text("print('Running greeters.py')\n", encoding="utf-8")
    sys.path.append(tmp)

    print("version('greeters'):", importlib.metadata.version("greeters"))
    dist = importlib.metadata.distribution("greeters")
    print("Name:", dist.metadata["Name"], "- Summary:", dist.metadata["Summary"])
    print("'greeters' in sys.modules:", "greeters" in sys.modules)  # the module is there, but not imported
    try:
        importlib.metadata.version("no-such-distribution")
    except importlib.metadata.PackageNotFoundError as error:
        print("PackageNotFoundError:", error)
