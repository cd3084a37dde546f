import d

VALUE = "from c"
