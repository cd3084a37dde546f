import shared

shared.log("a's body is running, holding a's lock")
shared.a_is_running.set()
shared.b_is_running.wait()
shared.log("a's body: import b, which is unfinished: wait for b's lock")
import b

shared.log(f"a's body: import b returned, b finished: {hasattr(b, 'FINISHED')}")
FINISHED = True
