def describe(error):
    return "None" if error is None else f"{type(error).__name__}: {error}"


def show(error):
    print("  raised:", describe(error))
    print("  __context__:", describe(error.__context__))
    print("  __cause__:", describe(error.__cause__))
    print("  __suppress_context__:", error.__suppress_context__)


print("1. An import fails in an except block")
try:
    try:
        import ultra_json
    except ModuleNotFoundError:
        import hyper_json
except ImportError as error:
    show(error)

print("2. raise ... from error")
try:
    try:
        import ultra_json
    except ModuleNotFoundError as missing:
        raise RuntimeError("this program needs ultra_json") from missing
except RuntimeError as error:
    show(error)

print("3. raise ... from None")
try:
    try:
        import ultra_json
    except ModuleNotFoundError:
        raise RuntimeError("this program needs ultra_json") from None
except RuntimeError as error:
    show(error)
