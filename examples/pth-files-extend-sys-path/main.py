import pathlib
import site
import sys
import tempfile

site_dir = pathlib.Path(tempfile.mkdtemp())
extra = site_dir / "extra"
extra.mkdir()
(extra / "bonus.py").write_text('print("bonus imported from the folder a .pth file added")\n')
(site_dir / "demo.pth").write_text(
    "# a .pth file: one path per line, or a line that starts with 'import'\n"
    "extra\n"
    "import sys; print('a line of demo.pth ran at start-up')\n"
)
site.addsitedir(str(site_dir))  # what site does for site-packages at start-up
print("extra is on sys.path:", str(extra) in sys.path)
import bonus
