VALUE = "from common"  # what a and b both need
