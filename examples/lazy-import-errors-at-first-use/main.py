import sys

lazy import broken
lazy import no_such_module

print("Both lazy imports ran without an error")
for attempt in (1, 2):
    try:
        broken
    except RuntimeError as error:
        print(f"Use {attempt} of broken raised RuntimeError: {error}")
        print("  its __cause__:", repr(error.__cause__))
print("'broken' in sys.modules:", "broken" in sys.modules)
print("globals()['broken'] is still:", repr(globals()["broken"]))
print("Next: the first use of no_such_module, uncaught")
no_such_module.run()
