import threading

results = {}


def worker(name):
    import slow  # the second thread waits on slow's import lock

    results[name] = slow


threads = [threading.Thread(target=worker, args=(n,)) for n in ("first", "second")]
for thread in threads:
    thread.start()
for thread in threads:
    thread.join()
print("Both threads got the same, finished module:", results["first"] is results["second"])
print("slow.READY:", results["first"].READY)
