import sys

import helper

helper.greet(sys.argv[1:] or ["world"])
