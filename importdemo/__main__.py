"""``python -m importdemo``."""

import sys

from importdemo.cli import main

sys.exit(main())
