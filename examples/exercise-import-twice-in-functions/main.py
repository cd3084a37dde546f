def first():
    import greeting

    print("first() has greeting:", "greeting" in locals())


def second():
    import greeting

    print("second() has greeting:", "greeting" in locals())


first()
second()
print("main has greeting:", "greeting" in globals())
