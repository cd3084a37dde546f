import b

VALUE = "from a"
