import importlib

import shared

shared.log("b's body is running, holding b's lock")
shared.b_is_running.set()
shared.wait_until_a_thread_waits_for("b")  # thread A now waits for b's lock
# Waiting for a's lock now would deadlock: A holds it and waits for b's.
try:
    importlib.import_module("a")
except RuntimeError as error:
    name = type(error).__name__
    shared.log(f"b's body: importlib.import_module('a') raised {name}, a RuntimeError")
import a

shared.log(f"b's body: import a returned, a finished: {hasattr(a, 'FINISHED')}")
FINISHED = True
