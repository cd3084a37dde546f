import threading
import time
from importlib import _bootstrap  # CPython's private import machinery

events = []  # the order in which things happened, filled in by both threads
runs = []  # one entry each time slow's body starts
slow_is_running = threading.Event()
b_import_returned = threading.Event()


def log(message):
    events.append(f"{threading.current_thread().name}: {message}")


def wait_until_a_thread_waits_for(name):
    """Return once some thread waits for the module lock of *name*.

    This reads private attributes of importlib._bootstrap, only to make the
    order of this demonstration certain; never do this in real code.
    """
    while True:
        ref = _bootstrap._module_locks.get(name)
        lock = ref() if ref is not None else None
        if lock is not None and lock.waiters:
            return
        time.sleep(0.001)
