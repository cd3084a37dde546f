import threading

import shared

seen = {}


def thread_a():
    shared.log("import slow")
    import slow

    shared.b_import_returned.wait()  # report after B, to keep the log in order
    shared.log(f"import returned, slow.READY = {getattr(slow, 'READY', 'missing')}")
    seen["A"] = slow


def thread_b():
    shared.slow_is_running.wait()  # slow's body is running in thread A
    shared.log("import slow")
    import slow  # waits on slow's module lock until A has finished it

    shared.log(f"import returned, slow.READY = {getattr(slow, 'READY', 'missing')}")
    seen["B"] = slow
    shared.b_import_returned.set()


threads = [threading.Thread(target=thread_a, name="A"), threading.Thread(target=thread_b, name="B")]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
for event in shared.events:
    print(event)
print("Both threads got the same module object:", seen["A"] is seen["B"])
print("slow's body ran", len(shared.runs), "time")
