import warnings

warnings.simplefilter("always")  # ImportWarning and DeprecationWarning are hidden by default
warnings.showwarning = lambda message, category, *rest: print(f"{category.__name__}: {message}")

import app.spec_only
import app.mismatch
import app.neither
