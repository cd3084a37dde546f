import sys

print("sys.get_lazy_imports():", sys.get_lazy_imports())
import alpha  # mode "normal": only imports marked lazy are lazy
print("'alpha' loaded:", "alpha" in sys.modules)

sys.set_lazy_imports("all")  # every import that can be lazy now is
print("sys.get_lazy_imports():", sys.get_lazy_imports())
import beta
print("'beta' loaded:", "beta" in sys.modules, "- bound to", repr(globals()["beta"]))


def keep_gamma_eager(importer, name, fromlist):
    print(f"  filter called: importer={importer!r}, name={name!r}, fromlist={fromlist!r}")
    return name != "gamma"  # False: import it now


sys.set_lazy_imports_filter(keep_gamma_eager)
import gamma
print("'gamma' loaded:", "gamma" in sys.modules)

try:
    sys.set_lazy_imports("none")
except ValueError as error:
    print("sys.set_lazy_imports('none'): ValueError:", error)
