import importlib
import os
import pathlib
import sys
import tempfile

with tempfile.TemporaryDirectory() as tmp:
    folder = pathlib.Path(tmp)
    sys.path.insert(0, str(folder))
    try:
        import late  # the folder is empty: this fails, and its listing is cached
    except ImportError as error:
        print("First try:", error)

    stamp = folder.stat()
    (folder / "late.py").write_text('print("late.py runs")\n', encoding="utf-8")
    # Keep the folder's modification time, as a coarse clock may within one tick.
    os.utime(folder, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    try:
        import late
    except ImportError as error:
        print("Second try, with the cached listing:", error)

    importlib.invalidate_caches()
    import late

    print("Third try, after invalidate_caches(): found")
