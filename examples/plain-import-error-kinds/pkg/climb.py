from .. import anything  # pkg is a top-level package: there is no '..'
