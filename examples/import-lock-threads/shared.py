import threading

events = []  # the order in which things happened, filled in by both threads
runs = []  # one entry each time slow's body starts
slow_is_running = threading.Event()
b_is_importing = threading.Event()
b_import_returned = threading.Event()


def log(message):
    events.append(f"{threading.current_thread().name}: {message}")
