import sys

import shared

shared.runs.append(1)
shared.log("slow's body is running")
shared.slow_is_running.set()
shared.wait_until_a_thread_waits_for("slow")  # B's `import slow` waits for slow's lock
shared.log(f"slow's body: B waits, though slow is in sys.modules: {'slow' in sys.modules}")
READY = True
shared.log("slow's body finished, READY = True")
