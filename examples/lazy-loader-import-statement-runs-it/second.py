print("second: running now")
VALUE = 2
