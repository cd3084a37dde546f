print("money: running now")


class Money:
    pass
