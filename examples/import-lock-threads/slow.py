import time

print("slow: running (once)")
time.sleep(0.3)
READY = True
