import sys

for attempt in (1, 2):
    try:
        import broken
    except RuntimeError as error:
        print(f"Attempt {attempt} failed:", error)

print("After both attempts, 'broken' in sys.modules:", "broken" in sys.modules)
print("After both attempts, 'broken' in globals():", "broken" in globals())
print("But 'helper' in sys.modules:", "helper" in sys.modules)
