import shared

shared.runs.append(1)
shared.log("slow's body is running")
shared.slow_is_running.set()
shared.b_is_importing.wait()  # thread B is about to run `import slow`
# Give B half a second: without a per-module lock it would find slow in
# sys.modules (unfinished) and return at once.
returned = shared.b_import_returned.wait(timeout=0.5)
shared.log(f"slow's body: has B's import returned yet? {returned}")
READY = True
shared.log("slow's body finished, READY = True")
