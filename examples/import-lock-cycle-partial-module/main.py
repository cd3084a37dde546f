import threading

import shared


def thread_a():
    import a


def thread_b():
    shared.a_is_running.wait()
    import b


threads = [threading.Thread(target=thread_a, name="A"), threading.Thread(target=thread_b, name="B")]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
for event in shared.events:
    print(event)
