from b import helper

VALUE = "from a"
