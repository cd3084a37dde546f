from plugins import *

print("csv_out:", csv_out.__name__, "- json_out:", json_out.__name__)

import plugins

print("plugins.__all__:", plugins.__all__)
