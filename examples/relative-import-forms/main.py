import importlib.util

import shop.payments.card

# The statement turns each relative name into an absolute one, from the package:
print("importlib.util.resolve_name(NAME, 'shop.payments'):")
for name in (".", ".fees", "..", "..prices"):
    print(f"  {name!r:10} -> {importlib.util.resolve_name(name, 'shop.payments')!r}")

# Only the `from` form can be relative:
try:
    compile("import .fees", "card.py", "exec")
except SyntaxError as error:
    print("import .fees:", error)
