import app

print("After import app, app.config is:", repr(app.config))

import app.config  # the submodule's import sets app.config = <the submodule>

print("After import app.config, app.config is:", app.config)
print("app.config.DEBUG:", app.config.DEBUG)

from app.log import write  # binds only 'write' here, yet ...

print("app has an attribute 'log':", hasattr(app, "log"), "-", app.log.__name__)
