import sys

import helper  # this import succeeds, so helper stays cached

print("broken starts; 'broken' in sys.modules:", "broken" in sys.modules)
raise RuntimeError("broken cannot finish")
